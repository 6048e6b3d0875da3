#include "missedcallschart.h"

#include "chartstyle.h"

#include "core/localization.h"
#include "core/phonenumber.h"


#include <algorithm>

MissedCallsChart::MissedCallsChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("missedCallsChart"));
    setMinimumHeight(220);
    // The legend beside the plot, not over the bars.
    legend->setVisible(true);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(0, 1, legend);
    plotLayout()->setColumnStretchFactor(1, 0.001);
    legend->setMargins(QMargins(6, 6, 6, 6));
    yAxis->setLabel(tr("Missed calls"));
    QSharedPointer<QCPAxisTickerFixed> integers(new QCPAxisTickerFixed);
    integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    yAxis->setTicker(integers);
    applyPalette();
}

void MissedCallsChart::setData(const QDate &from, const QDate &to, const QMap<QDate, QMap<QString, qint64>> &perDay)
{
    clearPlottables();
    m_series.clear();
    m_seriesNames.clear();
    m_from = from;
    const QLocale locale = Localization::locale();

    // The numbers with the most missed calls get their own colour; the rest are summed.
    QMap<QString, qint64> perNumber;
    for (const auto &day : perDay) {
        for (auto it = day.cbegin(); it != day.cend(); ++it)
            perNumber[it.key()] += it.value();
    }
    QStringList numbers = perNumber.keys();
    std::stable_sort(numbers.begin(), numbers.end(), [&](const QString &a, const QString &b) { return perNumber.value(a) > perNumber.value(b); });
    const bool other = numbers.size() > kMaxSeries;
    const QStringList shown = numbers.mid(0, other ? kMaxSeries - 1 : kMaxSeries);

    const int days = int(from.daysTo(to)) + 1;
    QVector<double> keys;
    for (int i = 0; i < days; ++i)
        keys << i;
    QCPBars *below = nullptr;
    const auto addSeries = [&](const QString &name, const std::function<qint64(const QMap<QString, qint64> &)> &value) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(name);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(0.8);
        const QColor colour = ChartStyle::seriesColour(int(m_series.size()));
        bars->setPen(QPen(colour.darker(130)));
        bars->setBrush(colour);
        QVector<double> values;
        for (int i = 0; i < days; ++i)
            values << double(value(perDay.value(from.addDays(i))));
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_series << bars;
        m_seriesNames << name;
    };
    for (const QString &number : shown)
        addSeries(PhoneNumber::displayForm(number), [number](const QMap<QString, qint64> &day) { return day.value(number); });
    if (other) {
        addSeries(tr("Other numbers"), [shown](const QMap<QString, qint64> &day) {
            qint64 sum = 0;
            for (auto it = day.cbegin(); it != day.cend(); ++it) {
                if (!shown.contains(it.key()))
                    sum += it.value();
            }
            return sum;
        });
    }

    // Day labels in the locale, thinned so they never overlap.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int step = std::max(1, (days + 9) / 10);
    for (int i = 0; i < days; i += step)
        ticker->addTick(i, locale.toString(from.addDays(i), QLocale::ShortFormat));
    xAxis->setTicker(ticker);
    xAxis->setRange(-0.6, days - 0.4);
    double highest = 1;
    for (int i = 0; i < days; ++i) {
        qint64 sum = 0;
        for (qint64 value : perDay.value(from.addDays(i)))
            sum += value;
        highest = std::max(highest, double(sum));
    }
    yAxis->setRange(0, highest * 1.15);
    legend->setVisible(!m_series.isEmpty());
    replot();
}

QString MissedCallsChart::valueTextAt(const QPoint &position) const
{
    const double key = xAxis->pixelToCoord(position.x());
    const double value = yAxis->pixelToCoord(position.y());
    const int day = int(std::lround(key));
    if (m_series.isEmpty() || std::abs(key - day) > 0.4 || day < 0)
        return {};
    const QLocale locale = Localization::locale();
    double base = 0;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        auto found = m_series.at(i)->data()->findBegin(day, false);
        if (found == m_series.at(i)->data()->constEnd() || int(found->key) != day)
            continue;
        if (value >= base && value < base + found->value) {
            return tr("%1 — %2 — missed calls: %3")
                .arg(locale.toString(m_from.addDays(day), QLocale::ShortFormat), m_seriesNames.at(i), locale.toString(found->value));
        }
        base += found->value;
    }
    return {};
}

void MissedCallsChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    ChartStyle::showValueTip(this, event, valueTextAt(event->pos()));
}

void MissedCallsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QCustomPlot::changeEvent(event);
}

void MissedCallsChart::applyPalette()
{
    ChartStyle::apply(this);
    replot();
}

bool MissedCallsChart::exportTo(const QString &path)
{
    return ChartStyle::exportTo(this, path);
}
