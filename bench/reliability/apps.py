"""The processes a fault scenario starts and kills: the app (java -jar), Debian's PostgreSQL as an
external server, and the embedded PostgreSQL the app starts itself. Everything started here is
remembered and ended at exit, by process id."""
import os
import signal
import subprocess
import time

from http1 import request

STARTED = []   # every Popen, for the clean-up


def log(msg):
    print("  " + msg, flush=True)


class App:
    def __init__(self, name, jar, java, work, port, env, args=(), jvm_opts=()):
        self.name, self.jar, self.java, self.work, self.port = name, jar, java, work, port
        self.env, self.args, self.jvm_opts = env, list(args), list(jvm_opts)
        self.proc = None
        self.logs = []

    def start(self):
        n = len(self.logs) + 1
        path = os.path.join(self.work, "%s-%d.log" % (self.name, n))
        self.logs.append(path)
        env = dict(os.environ)
        env.update({"PORT": str(self.port)}, **self.env)
        out = open(path, "w")
        self.started = time.time()
        # own process group: a kill of the suite does not reach it, the clean-up does
        self.proc = subprocess.Popen([self.java, *self.jvm_opts, "-jar", self.jar, *self.args], env=env,
                                     stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        out.close()
        STARTED.append(self.proc)
        return self

    def wait_ready(self, timeout=180):
        """Seconds from start to readiness UP; raises if the JVM exits or the time runs out."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("%s exited with %s before it was ready; see %s" % (self.name, self.proc.returncode, self.logs[-1]))
            if request(self.port, "GET", "/actuator/health/readiness", timeout=2).status == 200:
                return round(time.time() - self.started, 1)
            time.sleep(0.2)
        raise RuntimeError("%s was not ready within %d s; see %s" % (self.name, timeout, self.logs[-1]))

    def kill9(self):
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def terminate(self, timeout=45):
        """SIGTERM, then SIGKILL after the timeout; returns (exit code, seconds, whether it was killed)."""
        if self.proc is None or self.proc.poll() is not None:
            return None, 0.0, False
        t0 = time.time()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
            return code, round(time.time() - t0, 1), False
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(10), round(time.time() - t0, 1), True

    def log_text(self):
        return "".join(open(p, errors="replace").read() for p in self.logs if os.path.exists(p))


def processes_with(fragment):
    """(pid, argv) of every process whose command line contains fragment (our unique temp dir)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                argv = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
        except OSError:
            continue
        if any(fragment in a for a in argv):
            found.append((int(pid), argv))
    return found


def postmaster(data_dir):
    """The embedded server's postmaster: the postgres process started with -D data_dir (backends
    carry no -D; as root it runs in a user namespace, but it is still a process we can see)."""
    candidates = [(pid, argv) for pid, argv in processes_with(data_dir)
                  if os.path.basename(argv[0]).startswith("postgres") and "-D" in argv]
    pids = {pid for pid, _ in candidates}
    for pid, _ in candidates:
        try:
            ppid = int(open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        if ppid not in pids:
            return pid
    return None


class ExternalPostgres:
    """A cluster of Debian's PostgreSQL in the suite's temp dir, durable as production runs it."""

    def __init__(self, bindir, work, port):
        self.bindir, self.port = bindir, port
        self.data = os.path.join(work, "external-pg")
        self.logfile = os.path.join(work, "external-pg.log")
        self.root = os.getuid() == 0

    def _as_pg(self, argv, **kw):
        if self.root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)

    def create(self):
        os.makedirs(self.data)
        open(self.logfile, "w").close()
        if self.root:
            subprocess.run(["chown", "postgres", self.data, self.logfile], check=True)
        self._as_pg([self.bindir + "/initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"])
        with open(os.path.join(self.data, "postgresql.conf"), "a") as f:
            f.write("port = %d\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\n"
                    "max_connections = 200\nshared_buffers = 256MB\nlog_line_prefix = '%%m [%%p] %%a: '\n"
                    "fsync = on\nsynchronous_commit = on\n" % (self.port, self.data))
        self.start()

    def start(self):
        self._as_pg([self.bindir + "/pg_ctl", "-D", self.data, "-l", self.logfile, "-w", "-t", "60", "start"])

    def stop(self, mode="fast"):
        self._as_pg([self.bindir + "/pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "60", "stop"])

    def running(self):
        return subprocess.run(["runuser", "-u", "postgres", "--"] * self.root + [self.bindir + "/pg_ctl", "-D", self.data, "status"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0

    def psql(self, db, sql):
        out = self._as_pg([self.bindir + "/psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", db,
                           "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql])
        return out.stdout.strip()

    def create_database(self, name):
        self.psql("postgres", "create database %s" % name)

    def url(self, db, app_name):
        return "jdbc:postgresql://127.0.0.1:%d/%s?ApplicationName=%s" % (self.port, db, app_name)

    def app_env(self, db, app_name):
        return {"SPRING_DATASOURCE_URL": self.url(db, app_name), "SPRING_DATASOURCE_USERNAME": "postgres",
                "SPRING_DATASOURCE_PASSWORD": "x"}


def clean_up(work):
    """Ends every process this suite started: the JVMs, then anything still running from the temp dir
    (an embedded PostgreSQL orphaned by a killed JVM, the external cluster)."""
    for p in STARTED:
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                pass
    for _ in range(3):
        left = processes_with(work)
        if not left:
            return
        for pid, _ in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.5)
