#include "financespage.h"

#include "accounts/accountsession.h"

#include <QMessageBox>

FinancesPage::FinancesPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : QWidget(parent), m_session(session), m_gateway(gateway)
{
}

void FinancesPage::changed()
{
    m_session->notifyDataChanged();
}

void FinancesPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}
