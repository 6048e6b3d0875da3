#pragma once

#include "routing/weekcoverage.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

// The week coverage grid of the Advanced Routing tab: 7 days × 24 hours at 15-minute resolution,
// each slot coloured by the rule that answers it; uncovered slots are marked voicemail or reject. For a
// real week the rows carry their dates and date-bounded rules (holidays) are drawn cross-hatched.
// Hovering shows the rule, clicking a slot selects its rule.
class WeekCoverageGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekCoverageGrid(QWidget *parent = nullptr);

    void setCoverage(const WeekCoverage &coverage, const QStringList &ruleNames, bool voicemail);
    int ruleAt(int day, int slot) const { return m_coverage.ruleAt(day, slot); }
    void setSelectedRule(int rule);
    static QColor ruleColor(int rule);
    // The slot under a point, or false when the point is outside the grid.
    bool slotAt(const QPoint &point, int *day, int *slot) const;
    QRect slotRect(int day, int slot) const;
    QString slotDescription(int day, int slot) const;
    const WeekCoverage &coverage() const { return m_coverage; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void ruleClicked(int rule);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    QString dayLabel(int day) const;

    WeekCoverage m_coverage;
    QStringList m_ruleNames;
    bool m_voicemail = true;
    int m_selected = -1;
};
