#pragma once

#include <QColor>
#include <QString>

class QCustomPlot;
class QMouseEvent;
class QWidget;

// What every LineDesk chart shares: colours from the widget's palette (light or dark), a series
// colour list that stays readable on both, and PNG/PDF export.
namespace ChartStyle {

void apply(QCustomPlot *plot);
QColor seriesColour(int index);
bool exportTo(QCustomPlot *plot, const QString &path); // .pdf → PDF, anything else → PNG
// The hover value: a tooltip at the mouse, hidden when text is empty.
void showValueTip(QWidget *chart, const QMouseEvent *event, const QString &text);

} // namespace ChartStyle
