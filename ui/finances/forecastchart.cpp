#include "forecastchart.h"

#include "core/currency.h"
#include "core/localization.h"
#include "core/money.h"

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {

double keyOf(const QDate &date)
{
    return double(date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch());
}

// Money in major units for drawing only: the figures shown in text always come from Money.
double plotValue(qint64 minor, const QString &currency)
{
    return double(minor) / double(Currency::minorPerMajor(currency));
}

} // namespace

ForecastChart::ForecastChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)), m_hover(new QLabel(this))
{
    setObjectName(QStringLiteral("forecastChart"));
    m_plot->setObjectName(QStringLiteral("forecastPlot"));
    m_hover->setObjectName(QStringLiteral("forecastHover"));
    m_plot->setMinimumHeight(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_hover);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(Localization::locale().dateFormat(QLocale::ShortFormat));
    ticker->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(ticker);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_without = m_plot->addGraph();
    m_without->setName(tr("Without automatic billing"));
    m_without->setPen(QPen(QColor(0x90, 0x90, 0x90), 1.5, Qt::DashLine));
    m_with = m_plot->addGraph();
    m_with->setName(tr("Balance"));
    m_with->setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 2.5));
    m_threshold = m_plot->addGraph();
    m_threshold->setName(tr("Threshold"));
    m_threshold->setPen(QPen(QColor(0xd0, 0x7a, 0x00), 1.5, Qt::DotLine));
    m_topUps = m_plot->addGraph();
    m_topUps->setName(tr("Automatic top-up"));
    m_topUps->setLineStyle(QCPGraph::lsNone);
    m_topUps->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, QColor(0x2e, 0x9d, 0x48), QColor(0x2e, 0x9d, 0x48), 10));
    m_zeroLine = new QCPItemStraightLine(m_plot);
    m_zeroLine->setPen(QPen(QColor(0xb0, 0x00, 0x20), 1.5, Qt::DashDotLine));
    m_zeroLabel = new QCPItemText(m_plot);
    m_zeroLabel->setColor(QColor(0xb0, 0x00, 0x20));
    m_zeroLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tracer = new QCPItemTracer(m_plot); // follows m_with from the first hover: an empty graph would warn at every replot
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(8);
    m_tracer->setVisible(false);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ForecastChart::hover);
}

void ForecastChart::setProjection(const Forecast::Projection &projection, const QDate &today, const QString &currency)
{
    m_projection = projection;
    m_today = today;
    m_currency = currency;
    QVector<double> keys{keyOf(today)};
    QVector<double> with{plotValue(projection.startBalanceMinor, currency)};
    QVector<double> without = with;
    QVector<double> topKeys;
    QVector<double> topValues;
    for (const Forecast::Day &day : projection.days) {
        keys << keyOf(day.date);
        with << plotValue(day.balanceMinor, currency);
        without << plotValue(day.balanceWithoutMinor, currency);
        if (day.topUpMinor > 0) {
            topKeys << keyOf(day.date);
            topValues << plotValue(day.balanceMinor, currency);
        }
    }
    m_with->setData(keys, with, true);
    m_without->setData(keys, without, true);
    const double threshold = plotValue(projection.thresholdMinor, currency);
    m_threshold->setData({keys.first(), keys.last()}, {threshold, threshold}, true);
    m_topUps->setData(topKeys, topValues, true);

    const QLocale locale = Localization::locale();
    const QDate zero = projection.zeroDate.isValid() ? projection.zeroDate : projection.zeroDateWithout;
    m_zeroLine->setVisible(zero.isValid());
    m_zeroLabel->setVisible(zero.isValid());
    if (zero.isValid()) {
        m_zeroLine->point1->setCoords(keyOf(zero), 0);
        m_zeroLine->point2->setCoords(keyOf(zero), 1);
        m_zeroLabel->position->setCoords(keyOf(zero), std::max(with.first(), without.first()));
        m_zeroLabel->setText(projection.zeroDate.isValid() ? tr("Runs out %1").arg(locale.toString(zero, QLocale::ShortFormat))
                                                           : tr("Runs out %1 without automatic billing").arg(locale.toString(zero, QLocale::ShortFormat)));
    }
    m_plot->rescaleAxes();
    double low = m_plot->yAxis->range().lower;
    double high = m_plot->yAxis->range().upper;
    low = std::min(low, threshold);
    m_plot->yAxis->setRange(std::min(0.0, low) - (high - low) * 0.05, high + (high - low) * 0.1 + 1);
    m_plot->yAxis->setLabel(tr("Balance (%1)").arg(Currency::symbol(currency)));
    m_hover->setText(tr("Point at a day to see its balance."));
    m_tracer->setGraph(nullptr);
    m_tracer->setVisible(false);
    m_plot->replot();
}

QString ForecastChart::describeDay(int index) const
{
    if (index < 0 || index >= m_projection.days.size())
        return QString();
    const QLocale locale = Localization::locale();
    const Forecast::Day &day = m_projection.days.at(index);
    QString text = tr("%1: balance %2, without automatic billing %3")
                       .arg(locale.toString(day.date, QLocale::LongFormat), Money(day.balanceMinor, m_currency).format(locale),
                            Money(day.balanceWithoutMinor, m_currency).format(locale));
    if (day.topUpMinor > 0)
        text = tr("%1; automatic top-up of %2").arg(text, Money(day.topUpMinor, m_currency).format(locale));
    return text;
}

QString ForecastChart::hoverText() const
{
    return m_hover->text();
}

void ForecastChart::hover(QMouseEvent *event)
{
    if (m_projection.days.isEmpty())
        return;
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    const qint64 day = qRound64((key - keyOf(m_today)) / 86400.0);
    const int index = int(std::clamp<qint64>(day, 1, m_projection.days.size())) - 1;
    m_tracer->setGraph(m_with);
    m_tracer->setGraphKey(keyOf(m_projection.days.at(index).date));
    m_tracer->setVisible(true);
    m_hover->setText(describeDay(index));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ForecastChart::savePng(const QString &fileName, int width, int height)
{
    return m_plot->savePng(fileName, width, height);
}
