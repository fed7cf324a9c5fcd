/*
 * Vigil dashboards: fills each panel of the page from the JSON API and draws it with ECharts.
 * Every number shown comes from the panel's JSON; each panel's total is in .total[data-value] and
 * each bar, slice, series, point or row value is in a data-value attribute as well. Clicking a bar,
 * slice, point, row cell or select option adds a filter to the URL and reloads the page.
 * Loaded as a file (the Content-Security-Policy allows no inline script); builds the DOM with
 * textContent only, and ECharts tooltips as rich text, so no value is ever parsed as HTML.
 */
(function () {
  'use strict';

  var root = document.getElementById('dashboard');
  if (!root) {
    return;
  }
  var api = root.dataset.api;
  var numbers = new Intl.NumberFormat('en');
  var charts = new Map();
  var world = null;
  var loading = false;
  var REFRESH = { '30s': 30000, '1m': 60000, '5m': 300000 };
  var DAY = 86400000;
  var HOUR = 3600000;

  function panels() {
    return Array.prototype.slice.call(root.querySelectorAll('.panel[data-panel]'));
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  /** The request's filters for an API call: the page's query string without UI-only parameters. */
  function apiQuery(page) {
    var query = params();
    query.delete('refresh');
    query.delete('page');
    if (page) {
      query.set('page', String(page));
    }
    return query.toString();
  }

  function navigate(query) {
    query.delete('page');
    window.location.assign(window.location.pathname + '?' + query.toString());
  }

  /** Adds click filters (field and value pairs) to the URL and reloads. */
  function addFilters(pairs) {
    var query = params();
    var present = query.getAll('filter');
    pairs.forEach(function (pair) {
      var filter = pair.field + ':' + pair.value;
      if (present.indexOf(filter) < 0) {
        query.append('filter', filter);
      }
    });
    navigate(query);
  }

  /** Replaces the click filters on one field (a select control); an empty value removes them. */
  function setFilter(field, value) {
    var query = params();
    var kept = query.getAll('filter').filter(function (filter) {
      return filter.indexOf(field + ':') !== 0;
    });
    query.delete('filter');
    kept.forEach(function (filter) { query.append('filter', filter); });
    if (value) {
      query.append('filter', field + ':' + value);
    }
    navigate(query);
  }

  function filterValues(field) {
    return params().getAll('filter').filter(function (filter) {
      return filter.indexOf(field + ':') === 0;
    }).map(function (filter) { return filter.substring(field.length + 1); });
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') < 0) {
        throw new Error('the server did not answer with data (HTTP ' + response.status + '); your session may have ended: reload the page');
      }
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.error || 'HTTP ' + response.status);
        }
        return body;
      });
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function format(value) {
    return value === null || value === undefined ? '–' : numbers.format(value);
  }

  function duration(ms) {
    if (ms === null || ms === undefined) {
      return 'no findings resolved';
    }
    if (ms >= DAY) {
      return (ms / DAY).toFixed(1) + ' days';
    }
    if (ms >= HOUR) {
      return (ms / HOUR).toFixed(1) + ' hours';
    }
    return Math.round(ms / 60000) + ' minutes';
  }

  // ---- loading ----

  function loadAll() {
    if (loading) {
      return;
    }
    loading = true;
    getJson(api + '/panels?' + apiQuery()).then(function (answers) {
      panels().forEach(function (panel) {
        render(panel, answers[panel.dataset.panel] || { error: 'the server sent no answer for this panel' });
      });
    }).catch(function (error) {
      panels().forEach(function (panel) { showError(panel, error.message); });
    }).then(function () {
      loading = false;
    });
  }

  function loadPanel(panel, page) {
    panel.dataset.state = 'loading';
    getJson(api + '/panels/' + encodeURIComponent(panel.dataset.panel) + '?' + apiQuery(page)).then(function (answer) {
      render(panel, answer);
    }).catch(function (error) {
      showError(panel, error.message);
    });
  }

  function loadFacets() {
    getJson(api + '/facets?' + apiQuery()).then(function (facets) {
      Array.prototype.forEach.call(document.querySelectorAll('select[data-facet]'), function (select) {
        var present = Array.prototype.map.call(select.options, function (option) { return option.value; });
        (facets[select.dataset.facet] || []).forEach(function (facet) {
          if (present.indexOf(facet.key) < 0) {
            var option = element('option', null, facet.key + ' (' + format(facet.value) + ')');
            option.value = facet.key;
            option.dataset.value = String(facet.value);
            select.appendChild(option);
          }
        });
      });
    }).catch(function () {
      // the selects keep "All" and the current choice; the panels report the engine's state
    });
  }

  // ---- drawing ----

  function render(panel, answer) {
    var body = panel.querySelector('.panel-body');
    disposeChart(panel);
    body.replaceChildren();
    if (answer.error) {
      showError(panel, answer.error);
      return;
    }
    var total = panel.querySelector('.total');
    total.dataset.value = String(answer.total);
    total.textContent = format(answer.total);
    var overTime = answer.kind === 'date_histogram' || answer.kind === 'date_series';
    var draw = overTime ? drawTimes : {
      metric: drawMetric, bar: drawBars, pie: drawBars, map: drawMap, table: drawTable, select: drawSelect
    }[answer.visualization];
    draw(panel, body, answer);
    panel.dataset.state = 'ready';
  }

  function showError(panel, message) {
    var body = panel.querySelector('.panel-body');
    disposeChart(panel);
    body.replaceChildren(element('p', 'panel-error', message));
    panel.dataset.state = 'error';
  }

  function chartIn(panel, body, className) {
    var container = element('div', className || 'chart');
    body.appendChild(container);
    if (typeof echarts === 'undefined') {
      container.appendChild(element('p', 'no-charts',
        'Charts are missing from this build (run .ci/fetch-web-assets and rebuild); the numbers are below.'));
      return null;
    }
    var chart = echarts.init(container);
    charts.set(panel.dataset.panel, chart);
    return chart;
  }

  function disposeChart(panel) {
    var chart = charts.get(panel.dataset.panel);
    if (chart) {
      chart.dispose();
      charts.delete(panel.dataset.panel);
    }
  }

  /** The values behind a chart as a table for screen readers and tests (kept out of sight). */
  function valuesTable(body, caption, entries) {
    var table = element('table', 'values visually-hidden');
    table.appendChild(element('caption', null, caption));
    entries.forEach(function (entry) {
      var row = element('tr');
      row.dataset.key = entry.key;
      row.dataset.value = String(entry.value);
      row.appendChild(element('th', null, entry.key));
      row.appendChild(element('td', null, format(entry.value)));
      table.appendChild(row);
    });
    body.appendChild(table);
  }

  function empty(body) {
    body.appendChild(element('p', 'empty', 'No data for these filters in this time range.'));
  }

  function drawMetric(panel, body, answer) {
    var value = element('span', 'metric-value', answer.unit === 'ms' ? duration(answer.value) : format(answer.value));
    value.dataset.value = answer.value === null || answer.value === undefined ? '' : String(answer.value);
    if (answer.unit) {
      value.dataset.unit = answer.unit;
    }
    var metric = element('p', 'metric');
    metric.appendChild(value);
    body.appendChild(metric);
  }

  /** What a click on a bucket filters by: the answer's field, or the bucket's own filters. */
  function bucketFilters(answer, bucket) {
    if (bucket.filters) {
      return bucket.filters;
    }
    return answer.filter_field ? [{ field: answer.filter_field, value: bucket.key }] : null;
  }

  function drawBars(panel, body, answer) {
    var buckets = answer.buckets || [];
    valuesTable(body, panel.querySelector('h2').textContent, buckets);
    if (buckets.length === 0) {
      empty(body);
      return;
    }
    var chart = chartIn(panel, body);
    if (!chart) {
      return;
    }
    var tooltip = { trigger: 'item', renderMode: 'richText' };
    if (answer.visualization === 'pie') {
      chart.setOption({
        tooltip: tooltip,
        series: [{
          type: 'pie', radius: ['35%', '65%'],
          label: { formatter: '{b}: {c}' },
          data: buckets.map(function (bucket) { return { name: bucket.key, value: bucket.value }; })
        }]
      });
    } else {
      chart.setOption({
        tooltip: tooltip,
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category', inverse: true, data: buckets.map(function (bucket) { return bucket.key; }),
          axisLabel: { width: 180, overflow: 'truncate' }
        },
        series: [{ type: 'bar', data: buckets.map(function (bucket) { return bucket.value; }), label: { show: true, position: 'right' } }]
      });
    }
    chart.on('click', function (event) {
      var filters = bucketFilters(answer, buckets[event.dataIndex]);
      if (filters) {
        addFilters(filters);
      }
    });
  }

  function drawTimes(panel, body, answer) {
    var series = answer.series || [];
    valuesTable(body, panel.querySelector('h2').textContent + ' (totals per series)',
      series.map(function (s) { return { key: s.name, value: s.total }; }));
    if (series.length === 0 || answer.total === 0) {
      empty(body);
      return;
    }
    var chart = chartIn(panel, body);
    if (!chart) {
      return;
    }
    var stacked = answer.kind === 'date_histogram';
    chart.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(function (s) {
        return {
          name: s.name,
          type: answer.visualization === 'bar' ? 'bar' : 'line',
          stack: stacked ? 'total' : undefined,
          areaStyle: answer.visualization === 'area' ? {} : undefined,
          showSymbol: false,
          data: answer.times.map(function (time, i) { return [time, s.values[i]]; })
        };
      })
    });
    if (answer.filter_field) {
      chart.on('click', function (event) {
        addFilters([{ field: answer.filter_field, value: event.seriesName }]);
      });
    }
  }

  function loadWorld() {
    if (!world) {
      world = fetch(root.dataset.world, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) {
          throw new Error('the world map is missing from this build (run .ci/fetch-web-assets and rebuild)');
        }
        return response.json();
      }).then(function (geometry) {
        echarts.registerMap('world', geometry);
      });
    }
    return world;
  }

  function drawMap(panel, body, answer) {
    var points = answer.points || [];
    valuesTable(body, panel.querySelector('h2').textContent, points.map(function (point) {
      return { key: point.key, value: point.value };
    }));
    var chart = chartIn(panel, body, 'chart map');
    if (!chart) {
      return;
    }
    var largest = points.reduce(function (max, point) { return Math.max(max, point.value); }, 1);
    loadWorld().then(function () {
      chart.setOption({
        tooltip: { trigger: 'item', renderMode: 'richText' },
        geo: {
          map: 'world', roam: true, emphasis: { disabled: true },
          itemStyle: { areaColor: '#e6eaf0', borderColor: '#a9b3bf' }
        },
        series: [{
          type: 'scatter', coordinateSystem: 'geo',
          tooltip: { formatter: function (p) { return p.name + ': ' + format(p.value[2]); } },
          symbolSize: function (value) { return 6 + 24 * Math.sqrt(value[2] / largest); },
          itemStyle: { color: '#c0392b', opacity: 0.75 },
          data: points.map(function (point) { return { name: point.key, value: [point.lon, point.lat, point.value] }; })
        }]
      });
      if (answer.filter_field) {
        chart.on('click', function (event) {
          if (event.componentType === 'series') {
            addFilters([{ field: answer.filter_field, value: points[event.dataIndex].key }]);
          }
        });
      }
    }).catch(function (error) {
      showError(panel, error.message);
    });
  }

  function drawTable(panel, body, answer) {
    var table = element('table', 'rows');
    var head = element('tr');
    answer.columns.forEach(function (column) {
      var th = element('th', null, column.title);
      th.dataset.field = column.field;
      head.appendChild(th);
    });
    table.appendChild(element('thead')).appendChild(head);
    var rows = element('tbody');
    answer.rows.forEach(function (cells) {
      var row = element('tr');
      cells.forEach(function (cell, i) {
        var column = answer.columns[i];
        var td = element('td');
        td.dataset.field = column.field;
        if (cell !== null) {
          td.dataset.value = cell;
          if (column.filterable && cell.indexOf(', ') < 0) {
            var button = element('button', 'cell-filter', cell);
            button.type = 'button';
            button.title = 'Filter by ' + column.title + ' ' + cell;
            button.addEventListener('click', function () {
              addFilters([{ field: column.field, value: cell }]);
            });
            td.appendChild(button);
          } else {
            td.textContent = cell;
          }
        }
        row.appendChild(td);
      });
      rows.appendChild(row);
    });
    table.appendChild(rows);
    var scroller = element('div', 'table-scroll');
    scroller.appendChild(table);
    body.appendChild(scroller);
    if (answer.rows.length === 0) {
      empty(body);
    }
    body.appendChild(pager(panel, answer));
  }

  function pager(panel, answer) {
    var reachable = Math.min(answer.total, answer.max_rows);
    var pages = Math.max(1, Math.ceil(reachable / answer.page_size));
    var first = answer.page * answer.page_size;
    var nav = element('div', 'pager');
    var previous = element('button', 'page-previous', 'Previous');
    previous.type = 'button';
    previous.disabled = answer.page === 0;
    previous.addEventListener('click', function () { loadPanel(panel, answer.page - 1); });
    var next = element('button', 'page-next', 'Next');
    next.type = 'button';
    next.disabled = answer.page + 1 >= pages;
    next.addEventListener('click', function () { loadPanel(panel, answer.page + 1); });
    var info = element('span', 'page-info', answer.rows.length === 0 ? 'No rows'
      : 'Rows ' + format(first + 1) + '–' + format(first + answer.rows.length) + ' of ' + format(answer.total));
    info.dataset.page = String(answer.page);
    info.dataset.rows = String(answer.rows.length);
    var csv = element('a', 'csv', 'Download CSV');
    csv.href = api + '/panels/' + encodeURIComponent(panel.dataset.panel) + '.csv?' + apiQuery();
    csv.setAttribute('download', '');
    nav.appendChild(previous);
    nav.appendChild(info);
    nav.appendChild(next);
    nav.appendChild(csv);
    return nav;
  }

  function drawSelect(panel, body, answer) {
    var field = answer.filter_field;
    var chosen = field ? filterValues(field) : [];
    var select = element('select', 'control');
    select.setAttribute('aria-label', panel.querySelector('h2').textContent);
    select.appendChild(element('option', null, 'All'));
    select.options[0].value = '';
    var buckets = (answer.buckets || []).slice();
    var keys = buckets.map(function (bucket) { return bucket.key; });
    chosen.forEach(function (value) {
      if (keys.indexOf(value) < 0) {
        buckets.push({ key: value, value: 0 });
      }
    });
    buckets.forEach(function (bucket) {
      var option = element('option', null, bucket.key + ' (' + format(bucket.value) + ')');
      option.value = bucket.key;
      option.dataset.value = String(bucket.value);
      option.selected = chosen.indexOf(bucket.key) >= 0;
      select.appendChild(option);
    });
    select.disabled = !field;
    select.addEventListener('change', function () { setFilter(field, select.value); });
    body.appendChild(select);
  }

  // ---- filter bar and refresh ----

  var form = document.getElementById('filter-bar');
  if (form) {
    Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
      select.addEventListener('change', function () {
        if (select.name === 'from' && select.value.indexOf('now') === 0) {
          document.getElementById('filter-to').value = 'now';
        }
        form.submit();
      });
    });
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  panels().forEach(function (panel) { panel.dataset.state = 'loading'; });
  loadAll();
  loadFacets();
  var every = REFRESH[params().get('refresh')];
  if (every) {
    window.setInterval(loadAll, every);
  }
}());
