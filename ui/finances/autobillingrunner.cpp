#include "autobillingrunner.h"

#include "accounts/accountsession.h"

#include <QEvent>
#include <QWidget>

AutoBillingRunner::AutoBillingRunner(AccountSession *session, PaymentGateway *gateway, QWidget *page)
    : QObject(page), m_session(session), m_gateway(gateway)
{
    setObjectName(QStringLiteral("autoBillingRunner"));
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoBillingRunner::runNow);
    m_timer.start();
    // Data changes come in bursts (a save notifies, then the pages reload): one run after the burst.
    connect(m_session, &AccountSession::dataChanged, this, &AutoBillingRunner::runSoon);
    connect(m_session, &AccountSession::accountChanged, this, &AutoBillingRunner::runSoon);
    connect(m_session, &AccountSession::roleChanged, this, &AutoBillingRunner::runSoon);
    page->installEventFilter(this);
}

bool AutoBillingRunner::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched == parent())
        runSoon();
    return QObject::eventFilter(watched, event);
}

void AutoBillingRunner::runSoon()
{
    if (m_queued || m_running)
        return; // a run is coming, or this change is the run's own
    m_queued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_queued = false;
        runNow();
    }, Qt::QueuedConnection);
}

bool AutoBillingRunner::runNow()
{
    if (m_running || !m_session->isOpen() || !m_session->hasAccount() || !m_session->canChange())
        return false;
    m_running = true;
    AutoBilling billing(m_session->connection(), m_session->account(), m_session->role(), m_gateway, m_session->clock());
    const auto run = billing.run();
    // Something was recorded (a charge, a decline, a notice written once a day): the balance, the
    // attempt log or the outbox changed. A notice already written is not news every minute.
    const bool acted = run && run->recorded;
    if (acted)
        m_session->notifyDataChanged(); // while m_running: this run's own change does not start another
    m_running = false;
    if (acted)
        emit ran(run->outcome, run->reason.isEmpty() ? AutoBilling::outcomeText(run->outcome) : run->reason);
    return true;
}
