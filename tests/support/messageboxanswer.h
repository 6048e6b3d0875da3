#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

// GUI tests: answers the next modal QMessageBox with this objectName by clicking the button, and
// tells what it asked (left empty when no such question came). Call it just before the action that asks.
inline void answerNextMessageBox(QObject *context, const QString &objectName, QMessageBox::StandardButton button,
                                 QString *asked = nullptr)
{
    if (asked)
        asked->clear();
    QTimer::singleShot(0, context, [objectName, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName)
            return;
        if (asked)
            *asked = box->text();
        box->button(button)->click();
    });
}
