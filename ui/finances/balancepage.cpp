#include "balancepage.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "finances/addfunds.h"
#include "finances/ledger.h"
#include "finances/upcomingcharges.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

BalancePage::BalancePage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_balance(new QLabel(this)), m_tomorrow(new QLabel(this)), m_next3(new QLabel(this)),
      m_next7(new QLabel(this)), m_pending(new QLabel(this))
{
    setObjectName(QStringLiteral("balancePage"));
    m_balance->setObjectName(QStringLiteral("balanceAmount"));
    m_tomorrow->setObjectName(QStringLiteral("upcomingTomorrow"));
    m_next3->setObjectName(QStringLiteral("upcomingNext3Days"));
    m_next7->setObjectName(QStringLiteral("upcomingNext7Days"));
    m_pending->setObjectName(QStringLiteral("pendingWires"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Current balance"), this);
    layout->addWidget(title);
    layout->addWidget(m_balance);
    auto *box = new QGroupBox(tr("Incoming DID charges"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Tomorrow:"), m_tomorrow);
    form->addRow(tr("Next 3 Days:"), m_next3);
    form->addRow(tr("Next 7 Days:"), m_next7);
    auto *note = new QLabel(tr("The windows overlap: a charge due tomorrow is also counted in the next 3 and the next 7 days. "
                               "When two windows show the same amount it is charged once, not twice."),
                            box);
    note->setObjectName(QStringLiteral("upcomingExplanation"));
    note->setWordWrap(true);
    form->addRow(note);
    layout->addWidget(box);
    m_pending->setWordWrap(true);
    layout->addWidget(m_pending);
    layout->addStretch(1);
}

void BalancePage::refresh()
{
    const Account &account = m_session->account();
    const QLocale locale = Localization::locale();
    auto balance = Ledger(m_session->connection(), account).balance();
    m_balance->setText(balance ? balance->format(locale) : balance.errorMessage());
    auto windows = UpcomingCharges::forAccount(m_session->connection(), account, m_session->clock());
    if (windows) {
        m_tomorrow->setText(windows->tomorrow.format(locale));
        m_next3->setText(windows->next3Days.format(locale));
        m_next7->setText(windows->next7Days.format(locale));
    } else {
        m_tomorrow->setText(windows.errorMessage());
    }
    auto wires = AddFunds(m_session->connection(), account, m_session->role(), m_gateway, m_session->clock()).pendingWires();
    QStringList lines;
    if (wires) {
        for (const AddFunds::PendingWire &wire : wires.value()) {
            lines << (wire.overdue ? tr("Bank wire %1 of %2 is overdue (sent %3).")
                                   : tr("Bank wire %1 of %2 is on its way, expected by %3."))
                         .arg(wire.reference, wire.amount.format(locale),
                              locale.toString(wire.overdue ? wire.sentOn : wire.expectedBy, QLocale::ShortFormat));
        }
    }
    m_pending->setText(lines.join(QLatin1Char('\n')));
}
