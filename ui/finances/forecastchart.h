#pragma once

#include "finances/forecast.h"

#include <QWidget>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QLabel;

// The balance forecast drawn with QCustomPlot: the balance with automatic billing, the balance
// without it (dashed), the threshold line, a marker on every top-up day, the day the balance
// reaches zero, and the values of the day under the mouse.
class ForecastChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastChart(QWidget *parent = nullptr);

    void setProjection(const Forecast::Projection &projection, const QDate &today, const QString &currency);
    // The text shown for the day under the mouse (also used by hover and tests).
    QString describeDay(int index) const;
    QString hoverText() const;
    bool savePng(const QString &fileName, int width = 0, int height = 0);
    QCustomPlot *plot() const { return m_plot; }

private:
    void hover(QMouseEvent *event);

    QCustomPlot *m_plot;
    QLabel *m_hover;
    QCPGraph *m_with = nullptr;
    QCPGraph *m_without = nullptr;
    QCPGraph *m_threshold = nullptr;
    QCPGraph *m_topUps = nullptr;
    QCPItemStraightLine *m_zeroLine = nullptr;
    QCPItemText *m_zeroLabel = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    Forecast::Projection m_projection;
    QDate m_today;
    QString m_currency;
};
