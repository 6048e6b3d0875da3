#include "offlinepaymentgateway.h"

#include <QRandomGenerator>

OfflinePaymentGateway::OfflinePaymentGateway()
    : m_rule([](const ChargeRequest &request) {
          if (request.method == QLatin1String("card") && request.cardExpiry.isValid() && request.at.isValid()
              && request.cardExpiry < request.at.toUTC().date())
              return tr("The card has expired");
          return QString();
      })
{
}

void OfflinePaymentGateway::declineNext(int count, const QString &reason)
{
    m_declineNext = count;
    m_declineReason = reason;
}

Result<PaymentGateway::ChargeOutcome> OfflinePaymentGateway::charge(const ChargeRequest &request)
{
    if (!request.idempotencyKey.isEmpty() && m_seen.contains(request.idempotencyKey))
        return m_seen.value(request.idempotencyKey);
    if (request.amount.minor() <= 0)
        return invalidInput(tr("A charge must be a positive amount"));
    ChargeOutcome outcome;
    QString reason;
    if (m_declineNext > 0) {
        --m_declineNext;
        reason = m_declineReason;
    } else if (m_rule) {
        reason = m_rule(request);
    }
    ++m_charges;
    if (reason.isEmpty()) {
        outcome.approved = true;
        outcome.reference = QStringLiteral("ch_offline_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    } else {
        outcome.declineReason = reason;
    }
    if (!request.idempotencyKey.isEmpty())
        m_seen.insert(request.idempotencyKey, outcome);
    return outcome;
}

Result<PaymentGateway::CardToken> OfflinePaymentGateway::registerCard(const QString &brand, const QString &last4, int expMonth,
                                                                      int expYear)
{
    return CardToken{QStringLiteral("pm_offline_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')),
                     brand, last4, expMonth, expYear};
}
