#include "pendingchanges.h"

#include <QMessageBox>
#include <QWidget>

bool PendingChanges::resolve(QWidget *parent, PendingChanges *page)
{
    if (!page || !page->hasPendingChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("You have unsaved changes to %1.").arg(page->pendingChangesSubject()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("pendingChangesPrompt"));
    box.setInformativeText(tr("Save them before you go on, or discard them?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return page->savePendingChanges();
    case QMessageBox::Discard:
        page->discardPendingChanges();
        return true;
    default:
        return false;
    }
}

bool PendingChanges::resolveAll(QWidget *parent, const QList<QWidget *> &pages)
{
    for (QWidget *widget : pages) {
        if (!resolve(parent, dynamic_cast<PendingChanges *>(widget)))
            return false;
    }
    return true;
}
