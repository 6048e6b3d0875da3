#pragma once

#include "core/result.h"

#include <QDialog>

class QLabel;
class QPushButton;

// Shown when a save is refused because someone else saved the same row first (issue 9, "No lost
// edits"): says who and when, and lets the user reload their change away, overwrite the other one
// knowingly, or keep editing. Neither edit is lost silently: the draft stays until the user chooses.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Reload, Overwrite, KeepEditing };

    // `conflict` is the Error a repository returned (kind Conflict, with changedBy/changedAt).
    explicit ConflictDialog(const Error &conflict, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Shows the dialog modally and returns the user's choice (KeepEditing when closed).
    static Choice ask(QWidget *parent, const Error &conflict);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::KeepEditing;
    QLabel *m_headline;
    QLabel *m_details;
    QPushButton *m_reload;
    QPushButton *m_overwrite;
    QPushButton *m_keepEditing;
};
