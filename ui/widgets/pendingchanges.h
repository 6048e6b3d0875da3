#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

// A page that can hold edits not saved yet (a draft). The window asks every such page before the
// draft would be lost: leaving its tab, closing the window, opening another database or switching
// account. Pages implement it next to QWidget (class RoutingTab : public QWidget, public PendingChanges).
class PendingChanges
{
    Q_DECLARE_TR_FUNCTIONS(PendingChanges)

public:
    virtual ~PendingChanges() = default;

    virtual bool hasPendingChanges() const = 0;
    // What the draft is about, for the question: "the routing of +1 514-555-0100".
    virtual QString pendingChangesSubject() const = 0;
    // Saves the draft; false (after telling the user why) when it could not be saved.
    virtual bool savePendingChanges() = 0;
    virtual void discardPendingChanges() = 0;

    // Asks Save / Discard / Cancel when the page has a draft and does what the user chose. True when
    // the caller may go on (nothing pending, saved, or discarded); false on Cancel or a failed save.
    static bool resolve(QWidget *parent, PendingChanges *page);
    // resolve() for every page of the list that has a draft, in order; stops at the first refusal.
    static bool resolveAll(QWidget *parent, const QList<QWidget *> &pages);

protected:
    PendingChanges() = default;
    PendingChanges(const PendingChanges &) = default;
    PendingChanges &operator=(const PendingChanges &) = default;
};
