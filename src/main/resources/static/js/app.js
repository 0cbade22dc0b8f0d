// Small progressive enhancements. The pages work without this file; it only adds comfort.
(function () {
  'use strict';

  // Theme toggle: flips between light and dark and remembers the choice.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-theme-toggle]');
    if (!toggle) return;
    var root = document.documentElement;
    var current = root.getAttribute('data-theme') ||
      (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    var next = current === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try { localStorage.setItem('ascent-theme', next); } catch (e) { /* ignore */ }
  });

  // Forms where a learner writes warn before the page is left with text that is not saved. Each keystroke bumps
  // the form's edit count; sending the form clears it, and so does an autosave that answered 2xx for the latest edit
  // (an edit typed while a save was on its way stays unsaved until the next one).
  var edits = 0;
  document.addEventListener('input', function (event) {
    var form = event.target.closest && event.target.closest('form[data-unsaved-warning]');
    // a field without a name (a filter over a list) is not part of what the form sends
    if (form && event.target.name) form.setAttribute('data-changed', String(++edits));
  });
  document.addEventListener('submit', function (event) {
    if (event.target.matches && event.target.matches('form[data-unsaved-warning]')) event.target.removeAttribute('data-changed');
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.matches && form.matches('form[data-unsaved-warning]')) {
      form.setAttribute('data-saving', form.getAttribute('data-changed') || '');
    }
  });
  // A form marked data-reset-on-success is emptied once htmx has sent it and it was taken (a game master's hint).
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.matches && form.matches('form[data-reset-on-success]') && event.detail.successful) form.reset();
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.matches && form.matches('form[data-unsaved-warning]') && event.detail.xhr && event.detail.xhr.status >= 200 && event.detail.xhr.status < 300
        && form.getAttribute('data-saving') === form.getAttribute('data-changed')) {
      form.removeAttribute('data-changed');
    }
  });
  window.addEventListener('beforeunload', function (event) {
    if (document.querySelector('form[data-unsaved-warning][data-changed]')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Topic pickers: a checkbox per topic, grouped by roadmap and phase; with scripts, a filter by title and a count.
  document.querySelectorAll('[data-topic-filter]').forEach(function (input) { input.hidden = false; });
  document.addEventListener('input', function (event) {
    if (!event.target.matches || !event.target.matches('[data-topic-filter]')) return;
    var picker = event.target.closest('[data-topic-picker]');
    var words = event.target.value.trim().toLowerCase();
    var group = null, shown = 0;
    picker.querySelectorAll('.topic-choices > *').forEach(function (el) {
      if (el.classList.contains('choice-group')) {
        if (group) group.hidden = shown === 0;
        group = el;
        shown = 0;
        return;
      }
      var match = !words || el.textContent.toLowerCase().indexOf(words) >= 0 || el.querySelector('input').checked;
      el.hidden = !match;
      if (match) shown++;
    });
    if (group) group.hidden = shown === 0;
  });
  document.addEventListener('change', function (event) {
    var picker = event.target.closest && event.target.closest('[data-topic-picker]');
    if (!picker || event.target.type !== 'checkbox') return;
    var count = picker.querySelectorAll('input[type=checkbox]:checked').length;
    picker.querySelector('[data-picked-count]').textContent = count === 0 ? 'None chosen' : count + ' chosen';
  });

  // Copy buttons (hidden without scripts, where selecting the text is the way): copy the target's text.
  document.querySelectorAll('[data-copy]').forEach(function (button) { button.hidden = false; });
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) return;
    var source = document.querySelector(button.getAttribute('data-copy'));
    var status = button.parentElement.querySelector('.copy-status');
    if (!source) return;
    var say = function (text) { if (status) status.textContent = text; };
    var selectIt = function () {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      say('Selected: press Ctrl+C (or ⌘C) to copy.');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () { say('Copied.'); }, selectIt);
    } else {
      selectIt();
    }
  });

  // Phone header: the menu button opens and closes the main links; Escape or a click elsewhere closes them.
  function setMenu(open) {
    var toggle = document.querySelector('[data-menu-toggle]');
    var nav = document.getElementById('site-nav');
    if (!toggle || !nav) return;
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('open', open);
  }
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-menu-toggle]');
    if (toggle) {
      setMenu(toggle.getAttribute('aria-expanded') !== 'true');
    } else if (!event.target.closest('#site-nav')) {
      setMenu(false);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') setMenu(false);
  });

  // Links inside the SVG graph are loaded by htmx; stop the browser from also following them.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('svg a[hx-get]');
    if (link && window.htmx) event.preventDefault();
  }, true);

  // Every htmx request that changes state carries the CSRF token from the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && event.detail.verb !== 'get') {
      event.detail.headers[header.content] = token.content;
    }
  });

  function markSelected(topicId) {
    document.querySelectorAll('.node.selected, .topic-rows a.selected').forEach(function (el) {
      el.classList.remove('selected');
    });
    if (!topicId) return;
    document.querySelectorAll('[data-topic="' + CSS.escape(topicId) + '"]').forEach(function (el) {
      if (el.closest('.graph') || el.closest('.topic-rows')) el.classList.add('selected');
    });
  }

  // Zoom for the topic graph: fit the whole graph, or zoom in and out around the current view.
  var zoom = 1;
  function applyZoom(scroller, svg) {
    var w = parseFloat(svg.getAttribute('data-width'));
    var h = parseFloat(svg.getAttribute('data-height'));
    svg.setAttribute('width', String(Math.round(w * zoom)));
    svg.setAttribute('height', String(Math.round(h * zoom)));
    scroller.classList.toggle('zoomed-out', zoom < 0.7);
  }
  function initGraph() {
    var scroller = document.querySelector('.graph-scroll');
    var svg = scroller && scroller.querySelector('svg.graph');
    var controls = document.querySelector('[data-zoom-controls]');
    if (!svg || !controls) return;
    if (!svg.hasAttribute('data-width')) {
      svg.setAttribute('data-width', svg.getAttribute('width'));
      svg.setAttribute('data-height', svg.getAttribute('height'));
    }
    controls.hidden = false;
    applyZoom(scroller, svg);
    // Start where the roadmap starts: its first topic, not the empty corner of a wide drawing.
    var first = svg.querySelector('a.node rect');
    if (first && scroller.scrollLeft === 0 && scroller.scrollTop === 0) {
      scroller.scrollLeft = Math.max(0, parseFloat(first.getAttribute('x')) * zoom - 24);
      scroller.scrollTop = Math.max(0, parseFloat(first.getAttribute('y')) * zoom - 24);
    }
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-zoom]');
    if (!button) return;
    var scroller = document.querySelector('.graph-scroll');
    var svg = scroller && scroller.querySelector('svg.graph');
    if (!svg) return;
    var action = button.getAttribute('data-zoom');
    if (action === 'fit') {
      zoom = Math.min(1, (scroller.clientWidth - 4) / parseFloat(svg.getAttribute('data-width')));
    } else {
      zoom = Math.max(0.2, Math.min(1.6, zoom * (action === 'in' ? 1.25 : 0.8)));
    }
    applyZoom(scroller, svg);
  });
  document.addEventListener('DOMContentLoaded', initGraph);

  // After a topic's detail loads: highlight it in the graph and list, and on narrow screens bring it into view.
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.id === 'topic-detail') {
      var article = target.querySelector('[data-topic]');
      markSelected(article ? article.getAttribute('data-topic') : null);
      if (window.matchMedia('(max-width: 960px)').matches) {
        target.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    }
  });

  // A learner's own progress on a public roadmap page: the learning layer (#your-progress) lists the topic ids per
  // status; paint them onto the graph's nodes and the list's rows, with the status in each one's accessible name.
  var STATUS_LABELS = { done: 'done', learning: 'learning', skipped: 'skipped' };
  function paintStatuses() {
    var layer = document.querySelector('#your-progress[data-done]');
    if (!layer) return;
    var statusOf = {};
    Object.keys(STATUS_LABELS).forEach(function (status) {
      (layer.getAttribute('data-' + status) || '').split(' ').forEach(function (id) { if (id) statusOf[id] = status; });
    });
    document.querySelectorAll('.graph a.node[data-topic], .topic-rows a[data-topic]').forEach(function (el) {
      var status = statusOf[el.getAttribute('data-topic')];
      Object.keys(STATUS_LABELS).forEach(function (s) { el.classList.toggle('status-' + s, s === status); });
      if (el.closest('.topic-rows')) {
        // inside the link, so the status is part of its accessible name
        var badge = el.querySelector('.status-badge');
        if (status && !badge) {
          badge = document.createElement('span');
          el.appendChild(badge);
        }
        if (badge) {
          badge.textContent = status ? STATUS_LABELS[status] : '';
          badge.className = 'status-badge' + (status ? ' status-' + status : '');
          badge.hidden = !status;
        }
      } else {
        var title = el.querySelector('title');
        if (title) {
          var base = title.getAttribute('data-base') || title.textContent;
          title.setAttribute('data-base', base);
          title.textContent = status ? base + ' — ' + STATUS_LABELS[status] : base;
        }
      }
    });
  }

  // After the explorer is replaced by a new filter result: restore zoom and the selected topic.
  document.addEventListener('htmx:afterSettle', function () {
    paintStatuses();
    initGraph();
    var current = document.querySelector('#topic-detail [data-topic]');
    markSelected(current ? current.getAttribute('data-topic') : null);
  });
})();

// Forms that autosave drafts through htmx are also submitted the ordinary way, carrying the version the last
// save returned. A submit while a save is under way waits for its answer (and its new version); after a submit,
// no save still waiting for its delay may start, so none can land on the page being left.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[hx-post]')) return;
    if (form.classList.contains('htmx-request')) {
      event.preventDefault();
      var submitter = event.submitter;
      form.addEventListener('htmx:afterRequest', function () { form.requestSubmit(submitter); }, { once: true });
      return;
    }
    form.setAttribute('data-submitting', 'true');
  });
  // a page restored from the back/forward cache autosaves again
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    document.querySelectorAll('form[data-submitting]').forEach(function (form) { form.removeAttribute('data-submitting'); });
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.getAttribute && form.getAttribute('data-submitting') === 'true') event.preventDefault();
  });
})();

// The team roadmap editor: the line numbers beside the YAML follow its scrolling and its length, and a problem's
// "line N" puts the cursor on that line. Without JavaScript the numbers still match the text as it was sent.
(function () {
  'use strict';
  function numbers(area) {
    var gutter = area.parentElement.querySelector('.line-numbers');
    if (!gutter) return;
    var count = area.value.split('\n').length;
    if (gutter.getAttribute('data-count') !== String(count)) {
      var text = '';
      for (var i = 1; i <= count; i++) text += i + '\n';
      gutter.textContent = text;
      gutter.setAttribute('data-count', String(count));
    }
    gutter.scrollTop = area.scrollTop;
  }
  document.querySelectorAll('textarea[data-line-numbers]').forEach(function (area) {
    numbers(area);
    area.addEventListener('input', function () { numbers(area); });
    area.addEventListener('scroll', function () { numbers(area); });
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-goto-line]');
    if (!link) return;
    var area = document.querySelector('textarea[data-line-numbers]');
    if (!area) return;
    event.preventDefault();
    var line = parseInt(link.getAttribute('data-goto-line'), 10);
    var lines = area.value.split('\n');
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
    var end = start + (lines[line - 1] || '').length;
    area.focus();
    area.setSelectionRange(start, end);
    var height = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 5) * height);
    numbers(area);
  });
})();
