#pragma once

#include <qcustomplot.h>

#include <array>

// Missed calls by weekday and local hour as a heatmap, with the hours no routing rule answers outlined,
// so the owner sees which missed calls fell outside business hours. Follows palette and locale.
class MissedCallsHeatmap final : public QCustomPlot
{
    Q_OBJECT

public:
    using Counts = std::array<std::array<qint64, 24>, 7>; // [weekday 0 = Monday][hour]
    using Coverage = std::array<std::array<bool, 24>, 7>;

    explicit MissedCallsHeatmap(QWidget *parent = nullptr);

    // coverage: nullptr when no single number is chosen (nothing is outlined).
    void setData(const Counts &counts, const Coverage *coverage);
    bool exportTo(const QString &path);
    QString valueTextAt(const QPoint &position) const;
    int outlinedSlots() const { return m_outlined; }
    const Counts &counts() const { return m_counts; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QCPColorMap *m_map;
    Counts m_counts{};
    Coverage m_coverage{};
    bool m_hasCoverage = false;
    int m_outlined = 0;
};
