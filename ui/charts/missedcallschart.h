#pragma once

#include <qcustomplot.h>

#include <QDate>
#include <QMap>

// Missed calls per day as bars stacked by number, with a legend and the values under the mouse.
// Follows the palette (light/dark) and the locale (day labels); exports as PNG or PDF.
class MissedCallsChart final : public QCustomPlot
{
    Q_OBJECT

public:
    static constexpr int kMaxSeries = 8; // more numbers than this are summed as "Other numbers"

    explicit MissedCallsChart(QWidget *parent = nullptr);

    // Day → number (E.164) → missed calls, for every day from..to (days without calls show empty).
    void setData(const QDate &from, const QDate &to, const QMap<QDate, QMap<QString, qint64>> &perDay);
    // Chooses PNG or PDF from the file name.
    bool exportTo(const QString &path);
    QString valueTextAt(const QPoint &position) const; // what the hover tooltip shows there

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QDate m_from;
    QList<QCPBars *> m_series;
    QStringList m_seriesNames;
};
