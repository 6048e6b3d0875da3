#include "weekcoveragegrid.h"

#include "core/localization.h"
#include "routing/routingrule.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kLabelWidth = 56;
constexpr int kHeaderHeight = 18;

} // namespace

WeekCoverageGrid::WeekCoverageGrid(QWidget *parent) : QWidget(parent), m_coverage({})
{
    setObjectName(QStringLiteral("coverageGrid"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WeekCoverageGrid::setCoverage(const WeekCoverage &coverage, const QStringList &ruleNames, bool voicemail)
{
    m_coverage = coverage;
    m_ruleNames = ruleNames;
    m_voicemail = voicemail;
    update();
}

void WeekCoverageGrid::setSelectedRule(int rule)
{
    m_selected = rule;
    update();
}

QColor WeekCoverageGrid::ruleColor(int rule)
{
    // Well-separated hues (golden angle), light enough to read the labels over them.
    return QColor::fromHsv((rule * 137 + 200) % 360, 110, 235);
}

QSize WeekCoverageGrid::sizeHint() const
{
    return {kLabelWidth + 96 * 6, kHeaderHeight + 7 * 26};
}

QSize WeekCoverageGrid::minimumSizeHint() const
{
    return {kLabelWidth + 96 * 3, kHeaderHeight + 7 * 16};
}

QRect WeekCoverageGrid::gridRect() const
{
    return rect().adjusted(kLabelWidth, kHeaderHeight, -1, -1);
}

QRect WeekCoverageGrid::slotRect(int day, int slot) const
{
    const QRect grid = gridRect();
    const int x0 = grid.left() + grid.width() * slot / WeekCoverage::kSlotsPerDay;
    const int x1 = grid.left() + grid.width() * (slot + 1) / WeekCoverage::kSlotsPerDay;
    const int y0 = grid.top() + grid.height() * day / 7;
    const int y1 = grid.top() + grid.height() * (day + 1) / 7;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

bool WeekCoverageGrid::slotAt(const QPoint &point, int *day, int *slot) const
{
    const QRect grid = gridRect();
    if (!grid.contains(point) || grid.width() <= 0 || grid.height() <= 0)
        return false;
    *slot = qBound(0, (point.x() - grid.left()) * WeekCoverage::kSlotsPerDay / grid.width(), WeekCoverage::kSlotsPerDay - 1);
    *day = qBound(0, (point.y() - grid.top()) * 7 / grid.height(), 6);
    return true;
}

QString WeekCoverageGrid::dayLabel(int day) const
{
    const QLocale locale = Localization::locale();
    const QDate date = m_coverage.dateOf(day);
    if (!date.isValid())
        return locale.dayName(day + 1, QLocale::ShortFormat);
    return tr("%1 %2", "weekday and day of the month on the coverage grid")
        .arg(locale.dayName(day + 1, QLocale::ShortFormat), locale.toString(date, QStringLiteral("d")));
}

QString WeekCoverageGrid::slotDescription(int day, int slot) const
{
    const QDate date = m_coverage.dateOf(day);
    const QString dayText = date.isValid() ? Localization::locale().toString(date, QLocale::ShortFormat) + QLatin1Char(' ')
                                                 + Localization::locale().dayName(day + 1, QLocale::ShortFormat)
                                           : Localization::locale().dayName(day + 1, QLocale::ShortFormat);
    const QString when = tr("%1 %2–%3")
                             .arg(dayText, RoutingRule::formatTime(slot * WeekCoverage::kSlotMinutes),
                                  RoutingRule::formatTime((slot + 1) * WeekCoverage::kSlotMinutes));
    const int rule = m_coverage.ruleAt(day, slot);
    if (rule >= 0 && m_coverage.isDateBounded(day, slot))
        return tr("%1: rule “%2” (on these dates only, before weekly rules)").arg(when, m_ruleNames.value(rule));
    if (rule >= 0)
        return tr("%1: rule “%2”").arg(when, m_ruleNames.value(rule));
    return m_voicemail ? tr("%1: no rule, voicemail").arg(when) : tr("%1: no rule, rejected").arg(when);
}

void WeekCoverageGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QLocale locale = Localization::locale();
    painter.setPen(palette().text().color());
    for (int hour = 0; hour < 24; hour += 3) {
        const QRect r = slotRect(0, hour * 4);
        painter.drawText(QRect(r.left(), 0, 40, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
    const QColor voicemailColor(0xe4, 0xe4, 0xe4);
    const QColor rejectColor(0xf4, 0xc7, 0xc3);
    for (int day = 0; day < 7; ++day) {
        const QRect row = slotRect(day, 0);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(0, row.top(), kLabelWidth - 4, row.height()), Qt::AlignRight | Qt::AlignVCenter, dayLabel(day));
        for (int slot = 0; slot < WeekCoverage::kSlotsPerDay; ++slot) {
            const QRect r = slotRect(day, slot);
            const int rule = m_coverage.ruleAt(day, slot);
            if (rule >= 0) {
                painter.fillRect(r, rule == m_selected ? ruleColor(rule).darker(130) : ruleColor(rule));
                // A holiday or special event: cross-hatched, so it reads apart from the weekly pattern.
                if (m_coverage.isDateBounded(day, slot))
                    painter.fillRect(r, QBrush(QColor(0, 0, 0, 70), Qt::DiagCrossPattern));
            } else {
                painter.fillRect(r, m_voicemail ? voicemailColor : rejectColor);
                if (!m_voicemail)
                    painter.fillRect(r, QBrush(QColor(0xc0, 0x39, 0x2b), Qt::BDiagPattern));
            }
        }
    }
    // Hour lines, then the day separators.
    painter.setPen(QColor(255, 255, 255, 160));
    for (int hour = 1; hour < 24; ++hour) {
        const int x = slotRect(0, hour * 4).left();
        painter.drawLine(x, gridRect().top(), x, gridRect().bottom());
    }
    painter.setPen(palette().mid().color());
    for (int day = 0; day <= 7; ++day) {
        const int y = day < 7 ? slotRect(day, 0).top() : gridRect().bottom();
        painter.drawLine(gridRect().left(), y, gridRect().right(), y);
    }
}

void WeekCoverageGrid::mousePressEvent(QMouseEvent *event)
{
    int day = 0;
    int slot = 0;
    if (event->button() == Qt::LeftButton && slotAt(event->position().toPoint(), &day, &slot)) {
        const int rule = m_coverage.ruleAt(day, slot);
        if (rule >= 0)
            emit ruleClicked(rule);
    }
    QWidget::mousePressEvent(event);
}

bool WeekCoverageGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int day = 0;
        int slot = 0;
        if (slotAt(help->pos(), &day, &slot))
            QToolTip::showText(help->globalPos(), slotDescription(day, slot), this, slotRect(day, slot));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
