// Applies the saved theme before the page paints, so there is no flash of the wrong colours.
(function () {
  // scripts run: the phone header can fold its links behind the menu button (without scripts they wrap instead)
  document.documentElement.classList.add('js');
  var saved = null;
  try { saved = localStorage.getItem('ascent-theme'); } catch (e) { /* storage may be blocked */ }
  if (saved === 'light' || saved === 'dark') {
    document.documentElement.setAttribute('data-theme', saved);
  }
})();
