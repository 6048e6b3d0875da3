#pragma once

#include <QWidget>

class AccountSession;
class PaymentGateway;

// One sub-page of the Finances tab. Pages read the session's account when refresh() is called:
// the tab refreshes the visible page at once and the others when they are next shown.
class FinancesPage : public QWidget
{
    Q_OBJECT

public:
    FinancesPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    virtual void refresh() = 0;
    // Enables or disables every control that changes something (employees only view).
    virtual void applyRole(bool canChange) = 0;
    // True while the page holds typed values not saved yet: a live update must not replace them.
    virtual bool hasDraft() const { return false; }

protected:
    // Tells the rest of the window (status-bar balance, other pages) that data changed.
    void changed();
    void showError(const QString &title, const QString &message);

    AccountSession *m_session;
    PaymentGateway *m_gateway;
};
