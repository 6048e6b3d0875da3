#pragma once

#include "catalogue.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/clock.h"
#include "core/money.h"
#include "core/result.h"
#include "finances/ledger.h"
#include "finances/paymentgateway.h"
#include "invoices/taxeddeposit.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

class Transaction;

// The subscription engine (PRODUCT.md rules 2, 3, 13): reads the account's package, options, smart
// numbers and extensions; prices a list of changes before anything is written (charged now, next
// month's price); confirms them in one transaction with their ledger lines, a subscription_changes
// record per change and, when asked, a confirmation in the outbox. Added or upgraded services bill at
// once, prorated; removed, downgraded or cancelled ones run to the end of the invoice period, no credit.
class SubscriptionService final
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionService)

public:
    enum class Action { AddOption, RemoveOption, ChangePackage, AddNumber, RemoveNumber, Cancel };

    struct Change
    {
        Action action = Action::AddOption;
        QString code;     // option or package code
        QString e164;     // smart number (number options, add/remove number)
        int quantity = 1; // devices and minute packages may be taken more than once
    };

    struct Payment
    {
        enum class Method { AccountFunds, SavedCard, NewCard };
        Method method = Method::AccountFunds;
        qint64 paymentMethodId = 0; // SavedCard
        // NewCard: the provider's token and what may be kept of a card (never its number, rule 14).
        QString token;
        QString brand;
        QString last4;
        int expMonth = 0;
        int expYear = 0;
    };

    struct Item
    {
        qint64 id = 0;
        Catalogue::Option option;
        int quantity = 1;
        QDate startedOn;
        QDate endsOn; // invalid while it runs on; set: the last day billed
    };

    struct SmartNumber
    {
        qint64 id = 0;
        QString e164;
        QString type;
        Money monthly;
        bool fax = false;
        bool sms = false;
        bool e911 = false;
        // Options unsubscribed that run to the end of the invoice period: code → last day billed.
        QHash<QString, QDate> ending;
        bool hasOption(const QString &code) const;
        bool isEnding(const QString &code) const { return ending.contains(code); }
    };

    struct Extension
    {
        qint64 id = 0;
        QString extension;
        QString name;
        QString deviceCode;
        QString privateNumber;
        QString authMethod;   // pin, caller-id, none
        QString firstAction;  // ring, voicemail, forward
        bool callScreening = false;
        int version = 1;
    };

    struct State
    {
        Catalogue catalogue;
        Catalogue::Package package;   // the package in force today
        QString pendingPackage;       // a downgrade waiting for the next invoice date
        QDate pendingOn;
        QString status;               // active, cancelling, cancelled
        QDate startedOn;
        QDate endsOn;                 // cancelling: the last day billed
        QString billingOption;        // invoice, card
        QList<Item> items;
        QList<SmartNumber> numbers;
        QList<Extension> extensions;
        QDate today;
        QDate nextInvoice;
        // What the dates mean that the rows do not say yet (applyDueChanges() writes it down): the
        // package stored in the subscription row, and smart-number options past their last billed day.
        qint64 storedPackageId = 0;
        struct DueOption
        {
            qint64 itemId = 0;
            qint64 numberId = 0;
            QString code;
        };
        QList<DueOption> dueNumberOptions;

        bool hasDueChanges() const { return !dueNumberOptions.isEmpty() || (storedPackageId != 0 && storedPackageId != package.id); }
        bool isIncluded(const QString &optionCode) const { return package.bundled.contains(optionCode); }
        const Item *runningItem(const QString &code) const; // subscribed and not ending
        const SmartNumber *number(const QString &e164) const;
    };

    struct Impact
    {
        Action action = Action::AddOption;
        QString kind;       // add, upgrade, remove, downgrade, cancel (subscription_changes.change_kind)
        QString itemCode;   // option or package code, the number, or the package for a cancellation
        QString itemName;
        QString e164;
        Money chargedNow;
        QDate effectiveOn;  // add/upgrade: today; remove/downgrade/cancel: the next invoice date
        int days = 0;
        int periodDays = 0;
    };

    struct Review
    {
        QList<Impact> lines;
        Money chargedNow;
        Money currentMonthly; // the subscription's monthly price today
        Money nextMonth;      // its price from the next invoice date, changes included
        QDate nextInvoice;
        bool prepaid = false;
    };

    // The gateway charges card payments (saved or new card); without one, paying by card is refused.
    SubscriptionService(QSqlDatabase db, Account account, AccessRole role, Clock clock, PaymentGateway *gateway = nullptr);

    // One statement: the catalogue, the subscription, its items, numbers and extensions together.
    Result<State> state() const;
    // The subscription's monthly price: today's (current) or from the next invoice date (next).
    static Money monthlyPrice(const State &state, bool next);

    // Prices the changes as if applied in order; writes nothing (employees may look).
    Result<Review> review(const QList<Change> &changes) const;
    // The same against a state already read (reads nothing).
    Result<Review> review(const State &state, const QList<Change> &changes) const;
    // What paying review's charge by card costs: a Canadian account's sales taxes come on top of the
    // amount credited (as with Add Funds); elsewhere the card pays what it credits.
    Result<TaxedDeposit::Quote> cardQuote(const Review &review) const;
    // Writes the changes in one transaction. Refused (Forbidden) for an employee; refused (Conflict)
    // when requestId was already confirmed, so that a retry never charges twice.
    Result<Review> confirm(const QList<Change> &changes, const Payment &payment, const QString &requestId,
                           bool informCustomer);
    // The same inside the caller's open transaction (the basket's checkout); the caller commits.
    Result<Review> confirmInTransaction(Transaction &transaction, const QList<Change> &changes, const Payment &payment,
                                        const QString &requestId, bool informCustomer);

    // Private phone number settings of an extension (no billing impact; still refused for employees).
    Result<void> saveExtensionSettings(const Extension &extension);
    // Office extensions: a new one (2 to 6 digits, unique in the account) with its device (a catalogue
    // option of kind "device", or none), and removal. Devices are billed as options, so an extension
    // itself has no price. Refused for employees.
    Result<Extension> addExtension(const QString &extension, const QString &name, const QString &deviceCode);
    Result<void> removeExtension(qint64 id, int version);

    // Makes the stored rows say what the dates already mean (run when the subscription is opened, and
    // before every change): smart-number options past their last billed day are switched off, and a
    // downgrade whose date has come becomes the subscribed package. Returns how many rows it changed;
    // an employee changes nothing (0). state() reads the same meaning without writing.
    Result<int> applyDueChanges(Transaction *outer = nullptr);

    static QString actionName(Action action);

private:
    // state() without refusing an account that has no subscription row yet (*subscribed says).
    Result<State> read(bool *subscribed) const;
    Result<Review> simulate(State &state, const QList<Change> &changes) const;
    Result<Impact> applyToDraft(State &draft, const Change &change) const;
    Result<void> write(Transaction &transaction, const State &before, const Impact &impact, const Change &change, const Money &nextMonth,
                       const QString &requestId);
    // Checks the payment and posts it; a card payment fills `charge`, which is sent to the gateway
    // only once everything else is written (a decline then rolls all of it back).
    Result<void> pay(Transaction &transaction, const Review &review, const Payment &payment, const QString &requestId,
                     PaymentGateway::ChargeRequest *charge);
    Result<void> chargeCard(const PaymentGateway::ChargeRequest &charge);
    // With taxes, a deposit posted with its sales-tax lines (TaxedDeposit). A request id already posted
    // is refused as a Conflict.
    Result<void> postLedger(Transaction &transaction, Ledger::Kind kind, qint64 amountMinor, qint64 numberId, const QString &did,
                            const QString &description, const QString &method, const QString &requestId,
                            const TaxedDeposit::Quote *taxes = nullptr);
    Result<void> informCustomer(const Review &review);
    Money prorate(const Money &monthly, int *days, int *periodDays, QDate *effective) const;
    Error forbidden() const;

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    Clock m_clock;
    PaymentGateway *m_gateway;
};
