"""reports/pipeline: raw benchmark files -> records -> verdicts -> Markdown and charts.

  load.py      raw/*.json -> Record (arch, libc, operation, path, instrument,
               value, spread, n, samples) and Probe; the only place that knows
               file layouts, old and new
  stats.py     median, Mann-Whitney U test, Hodges-Lehmann ratio interval
  verdicts.py  pure functions over records: comparisons, impossible
               figures, performance bars, recommendations
  render.py    Markdown and gnuplot charts from records and verdicts
reports/aggregate.py is the command line.
"""
