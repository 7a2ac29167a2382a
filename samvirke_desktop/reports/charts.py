"""Charts drawn with ReportLab graphics, in the embedded fonts (real text, never an image)."""
import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.reports import fonts
from samvirke_desktop.reports.styles import GRID, INK, MUTED

BAR_COLOURS = (colors.HexColor("#2F6B9A"), colors.HexColor("#E0A43A"))
MAX_SLOT = 44  # points per month at most
SHORT_MONTHS = {1: "jan.", 2: "feb.", 3: "mars", 4: "apr.", 5: "mai", 6: "juni", 7: "juli",
                8: "aug.", 9: "sep.", 10: "okt.", 11: "nov.", 12: "des."}


def nice_step(largest: float, steps: int = 5) -> int:
    """A round step (1, 2, 5 × 10ⁿ) that splits 0..largest into about ``steps`` parts."""
    if largest <= 0:
        return 1
    raw = largest / steps
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(1, int(factor * power))
    return max(1, int(10 * power))


def month_labels(months: list[tuple[int, int]]) -> list[str]:
    """«jan.», or «jan. 26» when the months span more than one year."""
    years = {year for year, _ in months}
    if len(years) == 1:
        return [SHORT_MONTHS[month] for _, month in months]
    return [f"{SHORT_MONTHS[month]} {year % 100:02d}" for year, month in months]


def stacked_month_bars(months: list[tuple[int, int]], series: list[tuple[str, list[int]]],
                       width: float, height: float) -> Drawing:
    """Bars per month, one stacked part per series, the month's total printed on top.

    ``series`` is [(legend label, values per month), …]; a series of only zeros is left out
    of the legend (and the chart) so a team without head counts sees one plain bar.
    """
    fonts.register_fonts()
    shown = [(label, values) for label, values in series if any(values)] or series[:1]
    totals = [sum(values[i] for _, values in shown) for i in range(len(months))]
    # The renderer starts every drawing in Helvetica (not embedded) unless told otherwise.
    drawing = Drawing(width, height, initialFontName=fonts.TEXT, initialFontSize=7)
    legend_room = 16 if len(shown) > 1 else 0   # the legend goes above the bars
    many = len(months) > 14
    label_room = 30 if many else 16

    chart = VerticalBarChart()
    # Rotated labels reach left of their month: the first one needs room by the axis.
    chart.x, chart.y = (44 if many else 34), label_room
    # Bars scale with their slot: a short period gets a narrower chart, not fat bars.
    chart.width = min(width - chart.x - 6, len(months) * MAX_SLOT)
    chart.height = height - chart.y - 12 - legend_room
    chart.data = [values for _, values in shown]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = month_labels(months)
    chart.categoryAxis.labels.fontName = fonts.TEXT
    chart.categoryAxis.labels.fontSize = 6.5 if many else 7.5
    chart.categoryAxis.labels.fillColor = INK
    if many:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 3, -2
    else:
        chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = MUTED
    step = nice_step(max(totals, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, math.ceil(max(totals, default=0) * 1.12 / step) * step)
    chart.valueAxis.labels.fontName = fonts.TEXT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda value: number(value)
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barWidth = 10
    chart.groupSpacing = 6 if len(months) <= 14 else 3
    for index, _ in enumerate(shown):
        chart.bars[index].fillColor = BAR_COLOURS[index % len(BAR_COLOURS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)

    # The month's total above its bar, as text a reader can also copy.
    slot = chart.width / max(1, len(months))
    scale = chart.height / chart.valueAxis.valueMax
    for index, total in enumerate(totals):
        if not total:
            continue
        x = chart.x + slot * (index + 0.5)
        y = chart.y + total * scale + 2.5
        drawing.add(String(x, y, number(total), fontName=fonts.TEXT,
                           fontSize=6.5 if many else 7, fillColor=INK, textAnchor="middle"))

    if len(shown) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x, height - 2
        legend.boxAnchor = "nw"
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 120
        legend.dxTextSpace = 4
        legend.fontName = fonts.TEXT
        legend.fontSize = 7.5
        legend.fillColor = INK
        legend.colorNamePairs = [(BAR_COLOURS[i % len(BAR_COLOURS)], label)
                                 for i, (label, _) in enumerate(shown)]
        drawing.add(legend)
    return drawing
