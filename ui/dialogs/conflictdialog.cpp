#include "conflictdialog.h"

#include "db/rowstamp.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Error &conflict, QWidget *parent)
    : QDialog(parent), m_headline(new QLabel(this)), m_details(new QLabel(this)),
      m_reload(new QPushButton(tr("&Reload"), this)), m_overwrite(new QPushButton(tr("&Overwrite"), this)),
      m_keepEditing(new QPushButton(tr("&Keep Editing"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));

    const QString headline = RowStamp::describe(conflict);
    m_headline->setObjectName(QStringLiteral("conflictHeadline"));
    m_headline->setText(headline.isEmpty() ? tr("Changed by someone else") : headline);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setWordWrap(true);
    m_details->setText(tr("%1\n\nReload shows their version and drops your changes. Overwrite saves your changes over "
                          "theirs. Keep Editing leaves your changes on screen, unsaved.")
                           .arg(conflict.message));

    m_reload->setObjectName(QStringLiteral("conflictReloadButton"));
    m_overwrite->setObjectName(QStringLiteral("conflictOverwriteButton"));
    m_keepEditing->setObjectName(QStringLiteral("conflictKeepEditingButton"));
    m_keepEditing->setDefault(true); // the safe choice: nothing is discarded or overwritten

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    buttons->addButton(m_overwrite, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_keepEditing, QDialogButtonBox::RejectRole);
    connect(m_reload, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(Choice::Overwrite); });
    connect(m_keepEditing, &QPushButton::clicked, this, [this] { choose(Choice::KeepEditing); });

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::KeepEditing)
        reject();
    else
        accept();
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const Error &conflict)
{
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.choice();
}
