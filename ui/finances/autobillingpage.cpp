#include "autobillingpage.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "dialogs/conflictdialog.h"
#include "finances/paymentmethods.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

AutoBillingPage::AutoBillingPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_enabled(new QCheckBox(tr("Automatic billing is on"), this)), m_card(new QLabel(this)),
      m_mode(new QComboBox(this)), m_threshold(new QLineEdit(this)), m_amount(new QLineEdit(this)), m_floor(new QLineEdit(this)),
      m_target(new QLineEdit(this)), m_update(new QPushButton(tr("&Update Settings"), this)), m_attempts(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("autoBillingPage"));
    m_enabled->setObjectName(QStringLiteral("autobillEnabled"));
    m_card->setObjectName(QStringLiteral("autobillCard"));
    m_mode->setObjectName(QStringLiteral("autobillMode"));
    m_threshold->setObjectName(QStringLiteral("autobillThreshold"));
    m_amount->setObjectName(QStringLiteral("autobillAmount"));
    m_floor->setObjectName(QStringLiteral("autobillFloor"));
    m_target->setObjectName(QStringLiteral("autobillTarget"));
    m_update->setObjectName(QStringLiteral("autobillUpdate"));
    m_attempts->setObjectName(QStringLiteral("autobillAttempts"));
    // The portal's green slider: a switch that turns the feature off without forgetting the card.
    m_enabled->setStyleSheet(QStringLiteral(
        "QCheckBox::indicator { width: 36px; height: 18px; border-radius: 9px; background: #b0b0b0; }"
        "QCheckBox::indicator:checked { background: #2e9d48; }"));
    m_enabled->setToolTip(tr("Turns automatic billing off or on at once; the card and the amounts are kept."));
    m_mode->addItem(tr("Charge a fixed amount when the balance reaches the threshold"), QStringLiteral("threshold"));
    m_mode->addItem(tr("Top up to a target when the balance falls below a floor"), QStringLiteral("topup"));
    m_attempts->setHorizontalHeaderLabels({tr("When"), tr("Amount"), tr("Outcome"), tr("Reason")});
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    auto *form = new QFormLayout;
    form->addRow(tr("Card:"), m_card);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Low-balance &threshold:"), m_threshold);
    form->addRow(tr("&Amount to charge:"), m_amount);
    form->addRow(tr("&Floor:"), m_floor);
    form->addRow(tr("T&arget balance:"), m_target);
    layout->addLayout(form);
    layout->addWidget(m_update, 0, Qt::AlignRight);
    auto *rule = new QLabel(tr("The card is charged at most once a day. A second low balance the same day, or a declined "
                               "charge, sends a notification and is tried again the next day at 00:01 Eastern time."),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    layout->addWidget(new QLabel(tr("Attempts"), this));
    layout->addWidget(m_attempts, 1);

    connect(m_update, &QPushButton::clicked, this, &AutoBillingPage::updateSettings);
    connect(m_enabled, &QCheckBox::toggled, this, &AutoBillingPage::toggle);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AutoBillingPage::showMode);
    showMode();
}

AutoBilling AutoBillingPage::engine() const
{
    return AutoBilling(m_session->connection(), m_session->account(), m_session->role(), m_gateway, m_session->clock());
}

void AutoBillingPage::applyRole(bool canChange)
{
    m_canChange = canChange;
    for (QWidget *widget : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_threshold),
                            static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_floor), static_cast<QWidget *>(m_target),
                            static_cast<QWidget *>(m_update)})
        widget->setEnabled(canChange);
    showMode();
}

void AutoBillingPage::showMode()
{
    const bool topUp = m_mode->currentData().toString() == QLatin1String("topup");
    m_threshold->setEnabled(m_canChange && !topUp);
    m_amount->setEnabled(m_canChange && !topUp);
    m_floor->setEnabled(m_canChange && topUp);
    m_target->setEnabled(m_canChange && topUp);
}

void AutoBillingPage::refresh()
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    auto settings = engine().settings();
    if (!settings) {
        m_card->setText(settings.errorMessage());
        return;
    }
    m_settings = settings.value();
    {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(m_settings.enabled);
    }
    PaymentMethods methods(m_session->connection(), account);
    QString card = tr("No card stored: add one under Payment Methods");
    if (m_settings.paymentMethodId != 0) {
        if (auto found = methods.find(m_settings.paymentMethodId))
            card = found->label();
    } else if (auto fallback = methods.defaultMethod(); fallback && fallback->has_value()) {
        card = fallback->value().label();
    }
    m_card->setText(card);
    m_mode->setCurrentIndex(m_settings.mode == AutoBilling::Mode::TopUp ? 1 : 0);
    // Plain decimals for editing, with the locale's separator: parseLocalized() reads them back.
    auto decimal = [&](qint64 minor) { return Money(minor, account.currency).toDecimalString().replace(QLatin1Char('.'), locale.decimalPoint()); };
    m_threshold->setText(decimal(m_settings.thresholdMinor));
    m_amount->setText(decimal(m_settings.amountMinor));
    m_floor->setText(decimal(m_settings.floorMinor));
    m_target->setText(decimal(m_settings.targetMinor));
    showMode();

    m_attempts->setRowCount(0);
    auto attempts = engine().attempts(200);
    if (!attempts)
        return;
    for (const AutoBilling::Attempt &attempt : attempts.value()) {
        const int row = m_attempts->rowCount();
        m_attempts->insertRow(row);
        m_attempts->setItem(row, 0, new QTableWidgetItem(locale.toString(attempt.attemptedAt.toTimeZone(account.timeZone()), QLocale::ShortFormat)));
        m_attempts->setItem(row, 1, new QTableWidgetItem(attempt.amount.format(locale)));
        const QString outcome = attempt.outcome == QLatin1String("approved") ? tr("Approved")
                                : attempt.outcome == QLatin1String("declined") ? tr("Declined")
                                                                               : tr("Skipped");
        m_attempts->setItem(row, 2, new QTableWidgetItem(outcome));
        m_attempts->setItem(row, 3, new QTableWidgetItem(attempt.reason));
    }
    m_attempts->resizeColumnsToContents();
}

bool AutoBillingPage::hasDraft() const
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    const bool topUp = m_mode->currentData().toString() == QLatin1String("topup");
    if (topUp != (m_settings.mode == AutoBilling::Mode::TopUp))
        return true;
    const QList<std::pair<QLineEdit *, qint64>> fields{{m_threshold, m_settings.thresholdMinor},
                                                        {m_amount, m_settings.amountMinor},
                                                        {m_floor, m_settings.floorMinor},
                                                        {m_target, m_settings.targetMinor}};
    for (const auto &[edit, stored] : fields) {
        auto typed = Money::parseLocalized(edit->text().trimmed(), account.currency, locale);
        if (!typed || typed->minor() != stored)
            return true;
    }
    return false;
}

void AutoBillingPage::updateSettings()
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    AutoBilling::Settings wanted = m_settings;
    wanted.enabled = m_enabled->isChecked();
    wanted.mode = m_mode->currentData().toString() == QLatin1String("topup") ? AutoBilling::Mode::TopUp : AutoBilling::Mode::Threshold;
    const QList<std::tuple<QLineEdit *, qint64 *, QString>> fields{
        {m_threshold, &wanted.thresholdMinor, tr("Threshold")},
        {m_amount, &wanted.amountMinor, tr("Amount")},
        {m_floor, &wanted.floorMinor, tr("Floor")},
        {m_target, &wanted.targetMinor, tr("Target")}};
    for (const auto &[edit, target, name] : fields) {
        auto money = Money::parseLocalized(edit->text().trimmed(), account.currency, locale);
        if (!money) {
            showError(tr("Automatic Billing"), tr("%1: %2").arg(name, money.errorMessage()));
            edit->setFocus();
            return;
        }
        *target = money->minor();
    }
    saveSettings(wanted);
}

bool AutoBillingPage::saveSettings(AutoBilling::Settings wanted)
{
    auto saved = engine().update(wanted);
    if (!saved && saved.errorKind() == Error::Kind::Conflict) {
        // Someone saved the settings first: reload theirs, overwrite them, or keep the form as typed.
        switch (ConflictDialog::ask(this, saved.error())) {
        case ConflictDialog::Choice::Reload:
            refresh();
            return false;
        case ConflictDialog::Choice::Overwrite:
            wanted.version = saved.error().currentVersion;
            return saveSettings(wanted);
        case ConflictDialog::Choice::KeepEditing:
            return false;
        }
    }
    if (!saved) {
        showError(tr("Automatic Billing"), saved.errorMessage());
        return false;
    }
    m_settings = saved.value();
    changed();
    return true;
}

void AutoBillingPage::toggle(bool on)
{
    // The slider changes only "enabled" of the settings as loaded; a newer stored version is a conflict.
    AutoBilling::Settings wanted = m_settings;
    wanted.enabled = on;
    if (!saveSettings(wanted)) {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(m_settings.enabled);
    }
}
