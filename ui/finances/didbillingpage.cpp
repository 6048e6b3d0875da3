#include "didbillingpage.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"
#include "numbers/numberrepository.h"
#include "numbers/planswitchpolicy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DidBillingPage::DidBillingPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_table(new QTableWidget(0, 6, this)), m_note(new QLabel(this)),
      m_switchButton(new QPushButton(this)), m_releaseButton(new QPushButton(tr("&Delete Number…"), this)),
      m_reasonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("didBillingPage"));
    m_table->setObjectName(QStringLiteral("didBillingTable"));
    m_table->setHorizontalHeaderLabels({tr("Rate centre"), tr("Number"), tr("Plan"), tr("Fee"), tr("Ordered"), tr("Next billing")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_switchButton->setObjectName(QStringLiteral("didSwitchPlanButton"));
    m_releaseButton->setObjectName(QStringLiteral("didReleaseButton"));
    m_releaseButton->setToolTip(tr("Delete the selected number from the account: its routing rules and filters go, its calls stay in reports"));
    m_reasonLabel->setObjectName(QStringLiteral("didPlanReason"));
    m_reasonLabel->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setText(tr("A number's plan (per minute or flat rate) can change once a calendar month; toll-free and "
                       "international numbers keep their plan."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_switchButton);
    actions->addWidget(m_releaseButton);
    actions->addWidget(m_reasonLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_note);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DidBillingPage::updateActions);
    connect(m_switchButton, &QPushButton::clicked, this, &DidBillingPage::switchPlan);
    connect(m_releaseButton, &QPushButton::clicked, this, &DidBillingPage::releaseNumber);
    updateActions();
}

void DidBillingPage::applyRole(bool canChange)
{
    m_canChange = canChange;
    updateActions();
}

void DidBillingPage::refresh()
{
    const qint64 keep = selectedNumber().id;
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_numbers.clear();
    auto numbers = NumberRepository(*m_session).list();
    if (!numbers) {
        showError(tr("DID Billing"), numbers.errorMessage());
        updateActions();
        return;
    }
    m_numbers = numbers.value();
    for (int index = 0; index < m_numbers.size(); ++index) {
        const NumberRecord &n = m_numbers.at(index);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto item = [&](const QString &text, const QVariant &raw) {
            auto *cell = new QTableWidgetItem(text);
            cell->setData(ItemRoles::RawValueRole, raw);
            cell->setData(ItemRoles::IdRole, n.id);
            return cell;
        };
        const bool perMinute = n.plan == QLatin1String("per-minute");
        const QString monthly = Money(n.monthlyFeeMinor, account.currency).format(locale);
        const QString fee = perMinute ? tr("%1 a month + %2 a minute").arg(monthly, Money::fromMicro(n.perMinuteMicro, account.currency).format(locale))
                                      : tr("%1 a month").arg(monthly);
        m_table->setItem(row, 0, item(n.rateCenter, n.rateCenter));
        auto *number = item(n.e164, n.e164);
        if (!n.note.isEmpty())
            number->setToolTip(n.note);
        m_table->setItem(row, 1, number);
        const QString plan = perMinute ? tr("Per minute") : tr("Flat rate");
        m_table->setItem(row, 2, item(n.type == QLatin1String("local") ? plan : tr("%1 (cannot switch)").arg(plan), n.plan));
        m_table->setItem(row, 3, item(fee, n.monthlyFeeMinor));
        m_table->setItem(row, 4, item(locale.toString(n.orderedOn, QLocale::ShortFormat), n.orderedOn));
        m_table->setItem(row, 5, item(locale.toString(n.nextBillingOn, QLocale::ShortFormat), n.nextBillingOn));
        if (n.id == keep)
            m_table->selectRow(row);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateActions();
}

NumberRecord DidBillingPage::selectedNumber() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const qint64 id = selected.first()->data(ItemRoles::IdRole).toLongLong();
    for (const NumberRecord &n : m_numbers) {
        if (n.id == id)
            return n;
    }
    return {};
}

void DidBillingPage::updateActions()
{
    const NumberRecord n = selectedNumber();
    const bool has = n.id != 0;
    m_switchButton->setText(has && n.plan == QLatin1String("per-minute") ? tr("Switch to &Flat Rate") : tr("Switch to &Per Minute"));
    if (!has) {
        m_switchButton->setEnabled(false);
        m_switchButton->setToolTip(tr("Select a number to switch its plan"));
        m_releaseButton->setEnabled(false);
        m_reasonLabel->clear();
        return;
    }
    if (!m_canChange) {
        const QString readOnly = tr("Your role (employee) can view billing but not change it");
        m_switchButton->setEnabled(false);
        m_switchButton->setToolTip(readOnly);
        m_releaseButton->setEnabled(false);
        m_reasonLabel->setText(readOnly);
        return;
    }
    // The rule is asked before the user tries: a refused switch is a disabled button that says why.
    const PlanSwitchPolicy::Decision decision = NumberRepository(*m_session).planSwitch(n);
    m_switchButton->setEnabled(decision.allowed);
    m_switchButton->setToolTip(decision.allowed ? tr("The plan can change once per calendar month") : decision.reason);
    m_reasonLabel->setText(decision.reason);
    m_releaseButton->setEnabled(true);
}

void DidBillingPage::switchPlan()
{
    const NumberRecord n = selectedNumber();
    if (n.id == 0)
        return;
    auto switched = NumberRepository(*m_session).switchPlan(n.id, n.version, PlanSwitchPolicy::otherPlan(n.plan));
    if (!switched) {
        showError(tr("Switch Plan"), switched.errorMessage());
        refresh();
        return;
    }
    changed(); // the tab refreshes this page, the Numbers tab and the status bar
}

void DidBillingPage::releaseNumber()
{
    const NumberRecord n = selectedNumber();
    if (n.id == 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Number"),
                    tr("Delete %1 from the account? Its monthly fee stops, its routing rules and caller filters are "
                       "deleted, and its calls stay in reports. This cannot be undone.")
                        .arg(PhoneNumber::displayForm(n.e164)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("didReleaseConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    auto released = NumberRepository(*m_session).release(n.id, n.version);
    if (!released) {
        showError(tr("Delete Number"), released.errorMessage());
        refresh();
        return;
    }
    changed();
}
