#include "addfundspage.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "finances/addfunds.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QUuid>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AddFundsPage::AddFundsPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_amount(new QLineEdit(this)), m_method(new QComboBox(this)), m_minimum(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Funds"), this)), m_result(new QLabel(this)), m_wires(new QTableWidget(0, 4, this)),
      m_received(new QPushButton(tr("Mark &Received"), this))
{
    setObjectName(QStringLiteral("addFundsPage"));
    m_amount->setObjectName(QStringLiteral("addFundsAmount"));
    m_method->setObjectName(QStringLiteral("addFundsMethod"));
    m_add->setObjectName(QStringLiteral("addFundsButton"));
    m_result->setObjectName(QStringLiteral("addFundsResult"));
    m_wires->setObjectName(QStringLiteral("pendingWiresTable"));
    m_received->setObjectName(QStringLiteral("markReceivedButton"));
    m_method->addItem(tr("Credit card"), QStringLiteral("card"));
    m_method->addItem(tr("PayPal"), QStringLiteral("paypal"));
    m_method->addItem(tr("Bank wire"), QStringLiteral("wire"));
    m_amount->setPlaceholderText(tr("Amount, e.g. 50.00"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_wires->setHorizontalHeaderLabels({tr("Reference"), tr("Amount"), tr("Sent"), tr("Status")});
    m_wires->horizontalHeader()->setStretchLastSection(true);
    m_wires->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wires->setSelectionMode(QAbstractItemView::SingleSelection);
    m_wires->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_add->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_minimum);
    layout->addLayout(form);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("Bank wires on their way"), this));
    layout->addWidget(m_wires, 1);
    layout->addWidget(m_received, 0, Qt::AlignLeft);

    connect(m_add, &QPushButton::clicked, this, &AddFundsPage::addFunds);
    connect(m_amount, &QLineEdit::returnPressed, this, &AddFundsPage::addFunds);
    connect(m_received, &QPushButton::clicked, this, &AddFundsPage::markReceived);
}

void AddFundsPage::applyRole(bool canChange)
{
    m_add->setEnabled(canChange);
    m_amount->setEnabled(canChange);
    m_method->setEnabled(canChange);
    m_received->setEnabled(canChange);
}

void AddFundsPage::refresh()
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    AddFunds funds(m_session->connection(), account, m_session->role(), m_gateway, m_session->clock());
    m_minimum->setText(tr("Card and PayPal deposits: at least %1. Bank wires arrive in 2–3 business days.").arg(funds.minimum().format(locale)));
    m_wires->setRowCount(0);
    auto wires = funds.pendingWires();
    if (!wires)
        return;
    for (const AddFunds::PendingWire &wire : wires.value()) {
        const int row = m_wires->rowCount();
        m_wires->insertRow(row);
        auto *reference = new QTableWidgetItem(wire.reference);
        reference->setData(ItemRoles::IdRole, wire.transactionId);
        m_wires->setItem(row, 0, reference);
        m_wires->setItem(row, 1, new QTableWidgetItem(wire.amount.format(locale)));
        m_wires->setItem(row, 2, new QTableWidgetItem(locale.toString(wire.sentOn, QLocale::ShortFormat)));
        m_wires->setItem(row, 3, new QTableWidgetItem(wire.overdue ? tr("Overdue (more than 7 days)")
                                                                    : tr("Expected by %1").arg(locale.toString(wire.expectedBy, QLocale::ShortFormat))));
        if (wire.overdue)
            m_wires->item(row, 3)->setForeground(Qt::red);
    }
    m_wires->resizeColumnsToContents();
}

void AddFundsPage::addFunds()
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    auto amount = Money::parseLocalized(m_amount->text().trimmed(), account.currency, locale);
    if (!amount) {
        showError(tr("Add Funds"), tr("Amount: %1").arg(amount.errorMessage()));
        m_amount->setFocus();
        return;
    }
    AddFunds funds(m_session->connection(), account, m_session->role(), m_gateway, m_session->clock());
    const QString method = m_method->currentData().toString();
    if (method == QLatin1String("wire")) {
        auto wire = funds.byWire(amount.value());
        if (!wire) {
            showError(tr("Add Funds"), wire.errorMessage());
            return;
        }
        m_result->setText(tr("Reference number: %1\n%2").arg(wire->reference, wire->instructions));
    } else {
        // The same deposit repeated after a lost connection keeps its request id, so that it can
        // never be charged twice (issue 9); any other amount or method is a new deposit.
        if (m_pending.method != method || m_pending.minor != amount->minor())
            m_pending = {QStringLiteral("deposit-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)), method, amount->minor()};
        auto receipt = method == QLatin1String("card") ? funds.byCard(amount.value(), 0, m_pending.requestId)
                                                       : funds.byPayPal(amount.value(), m_pending.requestId);
        if (!receipt) {
            if (receipt.errorKind() != Error::Kind::Database)
                m_pending = {};
            showError(tr("Add Funds"), receipt.errorMessage());
            return;
        }
        m_pending = {};
        m_result->setText(tr("%1 was added to your balance.").arg(receipt->amount.format(locale)));
    }
    m_amount->clear();
    changed();
}

void AddFundsPage::markReceived()
{
    const int row = m_wires->currentRow();
    if (row < 0) {
        showError(tr("Mark Received"), tr("Choose a bank wire in the list first."));
        return;
    }
    const QString reference = m_wires->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Mark Received"), tr("Has the bank wire %1 reached the account? Its amount will be added to the balance.").arg(reference))
        != QMessageBox::Yes)
        return;
    AddFunds funds(m_session->connection(), m_session->account(), m_session->role(), m_gateway, m_session->clock());
    if (auto done = funds.markReceived(m_wires->item(row, 0)->data(ItemRoles::IdRole).toLongLong()); !done) {
        showError(tr("Mark Received"), done.errorMessage());
        return;
    }
    changed();
}
