// The lab's charts made interactive with uPlot: hover to read every series at a second, drag across to zoom
// into a time range, double-click to zoom out. Without scripts (or uPlot) the SVG and the table stay as they are.
(function () {
  'use strict';

  function colour(figure, index) {
    var swatch = figure.querySelector('.legend-swatch.s' + index);
    return swatch ? getComputedStyle(swatch).backgroundColor : 'currentColor';
  }

  function mount(figure) {
    var data;
    try {
      data = JSON.parse(figure.dataset.chart);
    } catch (e) {
      return;
    }
    var target = figure.querySelector('.chart-live');
    if (!target || !data.series || data.series.length === 0) {
      return;
    }
    var count = data.series[0].values.length;
    var seconds = [];
    for (var i = 0; i < count; i++) {
      seconds.push(i);
    }
    var text = getComputedStyle(figure).color;
    // the figure's own border colour, resolved by the browser (a custom property would hand the canvas light-dark(...))
    var grid = getComputedStyle(figure).borderTopColor || 'rgba(128,128,128,.3)';
    var series = [{label: 'second'}];
    data.series.forEach(function (s, index) {
      series.push({label: s.name, stroke: colour(figure, index), width: 2, spanGaps: false,
        value: function (u, v) { return v == null ? '–' : v.toLocaleString(undefined, {maximumFractionDigits: 2}) + ' ' + data.unit; }});
    });
    var axis = {stroke: text, grid: {stroke: grid, width: 1}, ticks: {stroke: grid, width: 1}};
    target.hidden = false;
    var plot = new uPlot({
      width: Math.max(260, target.clientWidth),
      height: 220,
      scales: {x: {time: false}},
      series: series,
      axes: [Object.assign({label: 'second'}, axis), Object.assign({size: 56}, axis)],
      cursor: {drag: {x: true, y: false}},
      legend: {live: true}
    }, [seconds].concat(data.series.map(function (s) { return s.values; })), target);
    figure.classList.add('live');
    var hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = 'Hover to read a second; drag across to zoom in; double-click to zoom out.';
    target.after(hint);
    new ResizeObserver(function () {
      plot.setSize({width: Math.max(260, target.clientWidth), height: 220});
    }).observe(target);
  }

  function start() {
    if (typeof window.uPlot !== 'function') {
      return;
    }
    document.querySelectorAll('figure.lab-chart[data-chart]').forEach(mount);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
