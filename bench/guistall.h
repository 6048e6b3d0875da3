#pragma once

// Shared by the GUI benchmarks that measure how long the window froze while work ran.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>

#include <algorithm>

namespace GuiStall {

// "median X ms (worst Y ms)" of a run's figures.
inline QString median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("median %1 ms (worst %2 ms)").arg(values.at(values.size() / 2), 0, 'f', 0).arg(values.last(), 0, 'f', 0);
}

// The longest interval between two runs of the GUI thread's event loop while it is watched (a 5 ms
// timer): how long the window could not paint or answer a click.
class Meter
{
public:
    Meter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_since.nsecsElapsed() / 1e6);
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_since.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

} // namespace GuiStall
