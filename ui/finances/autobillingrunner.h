#pragma once

#include "finances/autobilling.h"

#include <QObject>
#include <QTimer>

class AccountSession;
class PaymentGateway;
class QWidget;

// Runs the account's due automatic billing from the GUI, so a card is charged without the CLI
// (PRODUCT.md rule 6): when the Finances tab is opened, after any change of the data (a balance
// change among them) and every minute. Never for an employee (view only). AutoBilling itself keeps it
// to one attempt a billing day, so running often charges nothing twice.
class AutoBillingRunner final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 60 * 1000;

    // Watches `page` (the Finances tab) for being shown; parented to it.
    AutoBillingRunner(AccountSession *session, PaymentGateway *gateway, QWidget *page);

    // Applies the rules now; returns false when nothing was run (no account, employee, already running).
    bool runNow();
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); } // tests shorten the minute

signals:
    // After every run that did something (a charge, a decline, a notice); the outcome as AutoBilling says it.
    void ran(AutoBilling::Outcome outcome, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSoon();

    AccountSession *m_session;
    PaymentGateway *m_gateway;
    QTimer m_timer;
    bool m_running = false;
    bool m_queued = false;
};
