#pragma once

#include <QDir>
#include <QWidget>

// GUI tests: with LINEDESK_SCREENSHOTS=DIR set, saves what the widget shows as DIR/NAME.png, so a
// person can look at the screens a test drove (QWidget::grab() works under the offscreen platform).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LINEDESK_SCREENSHOTS");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
