#include "missedcallsheatmap.h"

#include "chartstyle.h"

#include "core/localization.h"


MissedCallsHeatmap::MissedCallsHeatmap(QWidget *parent) : QCustomPlot(parent), m_map(new QCPColorMap(xAxis, yAxis))
{
    setObjectName(QStringLiteral("missedCallsHeatmap"));
    setMinimumHeight(220);
    m_map->data()->setSize(24, 7);
    m_map->data()->setRange(QCPRange(0, 23), QCPRange(0, 6));
    m_map->setInterpolate(false);
    xAxis->setLabel(tr("Hour of day"));
    xAxis->setRange(-0.5, 23.5);
    yAxis->setRange(-0.5, 6.5);
    yAxis->setRangeReversed(true); // Monday on top
    QSharedPointer<QCPAxisTickerText> hours(new QCPAxisTickerText);
    for (int hour = 0; hour < 24; hour += 2)
        hours->addTick(hour, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    xAxis->setTicker(hours);
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    applyPalette();
}

void MissedCallsHeatmap::setData(const Counts &counts, const Coverage *coverage)
{
    m_counts = counts;
    m_hasCoverage = coverage != nullptr;
    if (coverage)
        m_coverage = *coverage;
    qint64 highest = 1;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            m_map->data()->setCell(hour, day, double(counts[size_t(day)][size_t(hour)]));
            highest = std::max(highest, counts[size_t(day)][size_t(hour)]);
        }
    }
    m_map->setDataRange(QCPRange(0, double(highest)));

    clearItems();
    m_outlined = 0;
    if (coverage) {
        // Outline every hour that no rule answers: a missed call there was outside business hours.
        const QColor outline = palette().color(QPalette::Highlight);
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if ((*coverage)[size_t(day)][size_t(hour)])
                    continue;
                auto *rect = new QCPItemRect(this);
                rect->topLeft->setCoords(hour - 0.45, day - 0.45);
                rect->bottomRight->setCoords(hour + 0.45, day + 0.45);
                rect->setPen(QPen(outline, 1.5, Qt::DashLine));
                rect->setBrush(Qt::NoBrush);
                ++m_outlined;
            }
        }
    }
    replot();
}

QString MissedCallsHeatmap::valueTextAt(const QPoint &position) const
{
    const int hour = int(std::lround(xAxis->pixelToCoord(position.x())));
    const int day = int(std::lround(yAxis->pixelToCoord(position.y())));
    if (hour < 0 || hour > 23 || day < 0 || day > 6)
        return {};
    const QLocale locale = Localization::locale();
    const QString slot = tr("%1 %2:00").arg(locale.dayName(day + 1, QLocale::ShortFormat)).arg(hour, 2, 10, QLatin1Char('0'));
    const int count = int(m_counts[size_t(day)][size_t(hour)]);
    if (m_hasCoverage && !m_coverage[size_t(day)][size_t(hour)])
        return tr("%1 — missed calls: %2 — no rule answers").arg(slot, locale.toString(count));
    return tr("%1 — missed calls: %2").arg(slot, locale.toString(count));
}

void MissedCallsHeatmap::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    ChartStyle::showValueTip(this, event, valueTextAt(event->pos()));
}

void MissedCallsHeatmap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        applyPalette();
    QCustomPlot::changeEvent(event);
}

void MissedCallsHeatmap::applyPalette()
{
    ChartStyle::apply(this);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, palette().color(QPalette::Base));
    gradient.setColorStopAt(1, QColor(0xD5, 0x5E, 0x00));
    m_map->setGradient(gradient);
    QSharedPointer<QCPAxisTickerText> days(new QCPAxisTickerText);
    const QLocale locale = Localization::locale();
    for (int day = 0; day < 7; ++day)
        days->addTick(day, locale.dayName(day + 1, QLocale::ShortFormat));
    yAxis->setTicker(days);
    replot();
}

bool MissedCallsHeatmap::exportTo(const QString &path)
{
    return ChartStyle::exportTo(this, path);
}
