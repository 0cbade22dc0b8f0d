// Applies the saved theme before the page paints, so there is no flash of the wrong colours.
(function () {
  var saved = null;
  try { saved = localStorage.getItem('ascent-theme'); } catch (e) { /* storage may be blocked */ }
  if (saved === 'light' || saved === 'dark') {
    document.documentElement.setAttribute('data-theme', saved);
  }
})();
