// Draws the dashboard's charts with Chart.js from the numbers each page carries as JSON
// (<script type="application/json" id="...">); the same numbers are in a table below each.
for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
  const source = document.getElementById(canvas.dataset.chart);
  if (!source || !window.Chart) continue;
  const data = JSON.parse(source.textContent);
  new window.Chart(canvas, {
    type: "bar",
    data,
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: "bottom" } },
    },
  });
}
