#include "subscription/serviceoptionsmodel.h"
#include "subscription/subscriptionservice.h"

#include "modeltesting.h"
#include "subscriptionfixture.h"
#include "testdatabase.h"
#include "db/transaction.h"
#include "finances/offlinepaymentgateway.h"

#include <QTest>

using namespace SubscriptionFixture;
using Action = SubscriptionService::Action;
using Change = SubscriptionService::Change;
using Payment = SubscriptionService::Payment;

// Rule 3 (timing), rule 13 (rights), bundles, ledger lines, change records and the outbox.
class TestSubscriptionService final : public QObject
{
    Q_OBJECT

private:
    static qint64 balanceOf(const QSqlDatabase &db, const Account &account)
    {
        auto balance = AccountRepository(db).balance(account);
        return balance ? balance->minor() : -1;
    }

private slots:
    void addOptionMidMonth_data()
    {
        TestDatabase::addBackendRows();
    }
    void addOptionMidMonth()
    {
        QFETCH(QString, backend);
        for (const bool prepaid : {false, true}) {
            TestDatabase db;
            QVERIFY(db.createAndOpen(backend));
            const Account account = create(db.connection(), prepaid ? QStringLiteral("prepaid") : QStringLiteral("postpaid"));
            SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
            const QList<Change> changes{{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}};

            // The price impact is known before anything is written.
            auto review = service.review(changes);
            QVERIFY2(review.ok(), qPrintable(review.errorMessage()));
            QCOMPARE(review->chargedNow.toDecimalString(), prepaid ? QStringLiteral("16.40") : QStringLiteral("3.45"));
            // Today: Business 39.95 + transcription 6.95 + the number 4.95 = 51.85; next month + CRM 12.95.
            QCOMPARE(review->currentMonthly.toDecimalString(), QStringLiteral("51.85"));
            QCOMPARE(review->nextMonth.toDecimalString(), QStringLiteral("64.80"));
            QCOMPARE(review->lines.size(), 1);
            QCOMPARE(review->lines.first().kind, QStringLiteral("add"));
            QCOMPARE(review->lines.first().effectiveOn, QDate(2026, 11, 23));
            QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 0);

            const qint64 before = balanceOf(db.connection(), account);
            auto confirmed = service.confirm(changes, Payment{}, QStringLiteral("req-1"), false);
            QVERIFY2(confirmed.ok(), qPrintable(confirmed.errorMessage()));
            QCOMPARE(balanceOf(db.connection(), account), before - review->chargedNow.minor());
            auto ledger = Sql::exec(db.connection(), QStringLiteral("SELECT kind, amount_minor, request_id FROM ledger_transactions "
                                                                    "WHERE kind <> 'deposit'"));
            QVERIFY(ledger.ok() && ledger.value().next());
            QCOMPARE(ledger->value(0).toString(), QStringLiteral("subscription"));
            QCOMPARE(ledger->value(1).toLongLong(), -review->chargedNow.minor());
            QCOMPARE(ledger->value(2).toString(), QStringLiteral("req-1"));
            auto record = Sql::exec(db.connection(), QStringLiteral("SELECT change_kind, item_code, charged_now_minor, next_month_minor, "
                                                                    "effective_on, request_id FROM subscription_changes"));
            QVERIFY(record.ok() && record.value().next());
            QCOMPARE(record->value(0).toString(), QStringLiteral("add"));
            QCOMPARE(record->value(1).toString(), QStringLiteral("crm-integration"));
            QCOMPARE(record->value(2).toLongLong(), review->chargedNow.minor());
            QCOMPARE(record->value(3).toLongLong(), qint64(6480));
            QCOMPARE(record->value(4).toString(), QStringLiteral("2026-11-23"));
            QCOMPARE(record->value(5).toString(), QStringLiteral("req-1"));
            QCOMPARE(count(db.connection(), QStringLiteral("outbox")), 0);

            auto state = service.state();
            QVERIFY(state.ok());
            QVERIFY(state->runningItem(QStringLiteral("crm-integration")));

            // The same request again charges nothing twice.
            auto retried = service.confirm(changes, Payment{}, QStringLiteral("req-1"), false);
            QCOMPARE(retried.errorKind(), Error::Kind::Conflict);
            QCOMPARE(balanceOf(db.connection(), account), before - review->chargedNow.minor());
        }
    }

    void informCustomerWritesTheOutbox_data() { TestDatabase::addBackendRows(); }
    void informCustomerWritesTheOutbox()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Admin, kNov23);
        auto confirmed = service.confirm({{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}}, Payment{}, QStringLiteral("r"), true);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.errorMessage()));
        auto mail = Sql::exec(db.connection(), QStringLiteral("SELECT recipient, subject, body FROM outbox"));
        QVERIFY(mail.ok() && mail.value().next());
        QCOMPARE(mail->value(0).toString(), QStringLiteral("billing@fixture.example"));
        QVERIFY(!mail->value(1).toString().isEmpty());
        QVERIFY2(mail->value(2).toString().contains(QStringLiteral("$3.45")), qPrintable(mail->value(2).toString()));
        QVERIFY(mail->value(2).toString().contains(QStringLiteral("$64.80")));
    }

    void removeRunsToTheEndOfTheMonth_data() { TestDatabase::addBackendRows(); }
    void removeRunsToTheEndOfTheMonth()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        const qint64 before = balanceOf(db.connection(), account);
        auto removed = service.confirm({{Action::RemoveOption, QStringLiteral("transcription"), {}, 1}}, Payment{}, QStringLiteral("rm"), false);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        QCOMPARE(removed->chargedNow.minor(), qint64(0));       // no credit
        QCOMPARE(balanceOf(db.connection(), account), before);  // and no charge
        QCOMPARE(removed->lines.first().kind, QStringLiteral("remove"));
        QCOMPARE(removed->lines.first().effectiveOn, QDate(2026, 12, 1));
        QCOMPARE(removed->nextMonth.toDecimalString(), QStringLiteral("44.90"));
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT ends_on FROM subscription_items"))->toString(), QStringLiteral("2026-11-30"));

        // Still billed and listed on the last day of the period, gone on the invoice date.
        auto lastDay = SubscriptionService(db.connection(), account, AccessRole::Owner, at(QDate(2026, 11, 30))).state();
        QVERIFY(lastDay.ok());
        QCOMPARE(lastDay->items.size(), 1);
        QCOMPARE(lastDay->items.first().endsOn, QDate(2026, 11, 30));
        auto december = SubscriptionService(db.connection(), account, AccessRole::Owner, at(QDate(2026, 12, 1))).state();
        QVERIFY(december.ok());
        QVERIFY(december->items.isEmpty());

        // Taking it back within the month charges nothing: it was paid to the invoice date.
        auto back = service.confirm({{Action::AddOption, QStringLiteral("transcription"), {}, 1}}, Payment{}, QStringLiteral("back"), false);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->chargedNow.minor(), qint64(0));
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_items")), 1);
    }

    void cancelMidMonth_data() { TestDatabase::addBackendRows(); }
    void cancelMidMonth()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("prepaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        const qint64 before = balanceOf(db.connection(), account);
        auto cancelled = service.confirm({{Action::Cancel, {}, {}, 1}}, Payment{}, QStringLiteral("bye"), true);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorMessage()));
        QCOMPARE(cancelled->chargedNow.minor(), qint64(0));
        QCOMPARE(cancelled->nextMonth.minor(), qint64(0));
        QCOMPARE(cancelled->lines.first().effectiveOn, QDate(2026, 12, 1));
        QCOMPARE(balanceOf(db.connection(), account), before);
        QCOMPARE(count(db.connection(), QStringLiteral("outbox")), 1);
        auto state = service.state();
        QCOMPARE(state->status, QStringLiteral("cancelling"));
        QCOMPARE(state->endsOn, QDate(2026, 11, 30));
        // Nothing more can be added to a subscription on its way out.
        auto added = service.confirm({{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}}, Payment{}, QStringLiteral("x"), false);
        QCOMPARE(added.errorKind(), Error::Kind::Conflict);
        auto december = SubscriptionService(db.connection(), account, AccessRole::Owner, at(QDate(2026, 12, 2))).state();
        QCOMPARE(december->status, QStringLiteral("cancelled"));
    }

    void packageChanges_data() { TestDatabase::addBackendRows(); }
    void packageChanges()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);

        // Downgrade: no charge, no credit, Business stays until the invoice date.
        auto down = service.confirm({{Action::ChangePackage, QStringLiteral("starter"), {}, 1}}, Payment{}, QStringLiteral("d"), false);
        QVERIFY2(down.ok(), qPrintable(down.errorMessage()));
        QCOMPARE(down->lines.first().kind, QStringLiteral("downgrade"));
        QCOMPARE(down->chargedNow.minor(), qint64(0));
        QCOMPARE(down->lines.first().effectiveOn, QDate(2026, 12, 1));
        QCOMPARE(down->nextMonth.toDecimalString(), QStringLiteral("31.85")); // 19.95 + 6.95 + 4.95
        QCOMPARE(service.state()->package.code, QStringLiteral("business"));
        QCOMPARE(service.state()->pendingPackage, QStringLiteral("starter"));
        auto december = SubscriptionService(db.connection(), account, AccessRole::Owner, at(QDate(2026, 12, 1))).state();
        QCOMPARE(december->package.code, QStringLiteral("starter"));
        // The tab writes down what is due only when the state says something is (one read otherwise).
        QVERIFY(!service.state()->hasDueChanges());
        QVERIFY(december->hasDueChanges());

        // The pending downgrade is its confirmation record, not a setting on the side.
        QCOMPARE(count(db.connection(), QStringLiteral("account_settings")), 0);
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT item_code || ' ' || effective_on FROM subscription_changes "
                                                              "WHERE change_kind = 'downgrade'"))->toString(),
                 QStringLiteral("starter 2026-12-01"));
        // Its day: applyDueChanges() writes the package down; an employee's session does not write.
        SubscriptionService employeeOnTheFirst(db.connection(), account, AccessRole::Employee, at(QDate(2026, 12, 1)));
        QCOMPARE(employeeOnTheFirst.applyDueChanges().value(), 0);
        QCOMPARE(employeeOnTheFirst.state()->package.code, QStringLiteral("starter"));
        {
            // In a transaction rolled back, to go on with November below.
            Transaction undo(db.connection());
            SubscriptionService onTheFirst(db.connection(), account, AccessRole::Owner, at(QDate(2026, 12, 1)));
            QCOMPARE(onTheFirst.applyDueChanges(&undo).value(), 1);
            QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT p.code FROM subscriptions s JOIN catalogue_packages p "
                                                                  "ON p.id = s.package_id"))->toString(),
                     QStringLiteral("starter"));
            QCOMPARE(onTheFirst.applyDueChanges(&undo).value(), 0); // once
            QVERIFY(!onTheFirst.state()->hasDueChanges());
        }
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT p.code FROM subscriptions s JOIN catalogue_packages p "
                                                              "ON p.id = s.package_id"))->toString(),
                 QStringLiteral("business"));

        // Upgrade: at once, the price difference prorated (4000 × 8 / 30 = 1066.67), the downgrade withdrawn.
        auto up = service.confirm({{Action::ChangePackage, QStringLiteral("enterprise"), {}, 1}}, Payment{}, QStringLiteral("u"), false);
        QVERIFY2(up.ok(), qPrintable(up.errorMessage()));
        QCOMPARE(up->lines.first().kind, QStringLiteral("upgrade"));
        QCOMPARE(up->chargedNow.toDecimalString(), QStringLiteral("10.67"));
        QCOMPARE(service.state()->package.code, QStringLiteral("enterprise"));
        QVERIFY(service.state()->pendingPackage.isEmpty());
        // Enterprise bundles transcription: it is no longer paid for on its own.
        QCOMPARE(up->nextMonth.toDecimalString(), QStringLiteral("84.90"));
    }

    void bundledOptionsAreIncluded_data() { TestDatabase::addBackendRows(); }
    void bundledOptionsAreIncluded()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        auto state = service.state();
        QVERIFY(state.ok());
        QVERIFY(state->isIncluded(QStringLiteral("call-recording")));
        QVERIFY(!state->isIncluded(QStringLiteral("crm-integration")));

        ServiceOptionsModel model(QStringLiteral("service"));
        auto tester = attachModelTester(&model);
        model.setState(state.value());
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex name = model.index(row, ServiceOptionsModel::NameColumn);
            const QString code = model.code(row);
            if (code == QLatin1String("call-recording") || code == QLatin1String("voicemail-to-email")) {
                QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
                QVERIFY(!(model.flags(name) & Qt::ItemIsEnabled)); // dimmed
                QCOMPARE(model.status(row), ServiceOptionsModel::Included);
            } else if (code == QLatin1String("transcription")) {
                QCOMPARE(model.status(row), ServiceOptionsModel::Subscribed);
                QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
                QVERIFY(!(model.flags(name) & Qt::ItemIsUserCheckable)); // removed with Unsubscribe, not by unticking
            } else {
                QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
                QCOMPARE(model.status(row), ServiceOptionsModel::Available);
            }
        }
        // Ticking an available option marks it to add; an included one cannot be unticked; employees tick nothing.
        int crmRow = -1;
        int recordingRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.code(row) == QLatin1String("crm-integration"))
                crmRow = row;
            if (model.code(row) == QLatin1String("call-recording"))
                recordingRow = row;
        }
        QVERIFY(model.setData(model.index(crmRow, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.pendingCodes(), QStringList{QStringLiteral("crm-integration")});
        QCOMPARE(model.index(crmRow, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.setData(model.index(recordingRow, 0), Qt::Unchecked, Qt::CheckStateRole));
        model.setCheckable(false);
        QVERIFY(model.pendingCodes().isEmpty());
        QVERIFY(!(model.flags(model.index(crmRow, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(crmRow, 0), Qt::Checked, Qt::CheckStateRole));
        model.setCheckable(true);

        auto bought = service.review({{Action::AddOption, QStringLiteral("call-recording"), {}, 1}});
        QCOMPARE(bought.errorKind(), Error::Kind::Conflict);
        auto dropped = service.review({{Action::RemoveOption, QStringLiteral("voicemail-to-email"), {}, 1}});
        QCOMPARE(dropped.errorKind(), Error::Kind::Conflict);

        // The model follows a change of state (reset under the tester).
        QVERIFY(service.confirm({{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}}, Payment{}, QStringLiteral("c"), false).ok());
        model.setState(service.state().value());
        bool crmSubscribed = false;
        for (int row = 0; row < model.rowCount(); ++row)
            crmSubscribed |= model.code(row) == QLatin1String("crm-integration") && model.status(row) == ServiceOptionsModel::Subscribed;
        QVERIFY(crmSubscribed);
    }

    void employeeIsRefusedByTheEngine_data() { TestDatabase::addBackendRows(); }
    void employeeIsRefusedByTheEngine()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Employee, kNov23);
        // An employee may look at prices…
        QVERIFY(service.review({{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}}).ok());
        // …and changes nothing.
        const QList<QList<Change>> attempts{{{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}},
                                            {{Action::RemoveOption, QStringLiteral("transcription"), {}, 1}},
                                            {{Action::ChangePackage, QStringLiteral("enterprise"), {}, 1}},
                                            {{Action::AddNumber, {}, QStringLiteral("+12125550199"), 1}},
                                            {{Action::Cancel, {}, {}, 1}}};
        int n = 0;
        for (const QList<Change> &attempt : attempts) {
            auto result = service.confirm(attempt, Payment{}, QStringLiteral("e%1").arg(++n), true);
            QCOMPARE(result.errorKind(), Error::Kind::Forbidden);
        }
        SubscriptionService::Extension extension = service.state()->extensions.value(0);
        QCOMPARE(service.saveExtensionSettings(extension).errorKind(), Error::Kind::Forbidden);
        for (const QString &table : {QStringLiteral("subscription_changes"), QStringLiteral("outbox"), QStringLiteral("numbers")})
            QCOMPARE(count(db.connection(), table), table == QLatin1String("numbers") ? 1 : 0);
        QCOMPARE(count(db.connection(), QStringLiteral("ledger_transactions")), 1);
        QCOMPARE(service.state()->status, QStringLiteral("active"));
    }

    void smartNumbers_data() { TestDatabase::addBackendRows(); }
    void smartNumbers()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        // Fax on a smart number: 395 × 8 / 30 = 105.33 → $1.05 on the fax ledger line.
        auto fax = service.confirm({{Action::AddOption, QStringLiteral("fax"), QStringLiteral("+12125550142"), 1}}, Payment{},
                                   QStringLiteral("fax"), false);
        QVERIFY2(fax.ok(), qPrintable(fax.errorMessage()));
        QCOMPARE(fax->chargedNow.toDecimalString(), QStringLiteral("1.05"));
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT fax FROM numbers"))->toInt(), 1);
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT kind FROM ledger_transactions WHERE amount_minor < 0"))->toString(),
                 QStringLiteral("fax"));
        QVERIFY(service.state()->number(QStringLiteral("+12125550142"))->fax);
        // The same option again, an unknown number, a number option without a number: refused.
        QCOMPARE(service.review({{Action::AddOption, QStringLiteral("fax"), QStringLiteral("+12125550142"), 1}}).errorKind(),
                 Error::Kind::Conflict);
        QCOMPARE(service.review({{Action::AddOption, QStringLiteral("sms"), QStringLiteral("+12125550100"), 1}}).errorKind(),
                 Error::Kind::InvalidInput);
        QCOMPARE(service.review({{Action::AddOption, QStringLiteral("sms"), {}, 1}}).errorKind(), Error::Kind::InvalidInput);

        // A new smart number costs what the account's local numbers cost, prorated: 495 × 8 / 30 = 132.
        auto added = service.confirm({{Action::AddNumber, {}, QStringLiteral("+1 212 555 0199"), 1}}, Payment{}, QStringLiteral("n"), false);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added->chargedNow.toDecimalString(), QStringLiteral("1.32"));
        QCOMPARE(count(db.connection(), QStringLiteral("numbers")), 2);
        QCOMPARE(service.review({{Action::AddNumber, {}, QStringLiteral("+12125550199"), 1}}).errorKind(), Error::Kind::Conflict);
        QCOMPARE(service.review({{Action::AddNumber, {}, QStringLiteral("not a number"), 1}}).errorKind(), Error::Kind::InvalidInput);
        // Unsubscribing a smart number: no credit.
        auto removed = service.confirm({{Action::RemoveNumber, {}, QStringLiteral("+12125550199"), 1}}, Payment{}, QStringLiteral("rn"), false);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        QCOMPARE(removed->chargedNow.minor(), qint64(0));
        QCOMPARE(count(db.connection(), QStringLiteral("numbers")), 1);
    }

    // Unsubscribing a smart-number option keeps it, billed, to the end of the period ("✓ until"), then
    // applyDueChanges() switches it off; taking it back before then charges nothing.
    void numberOptionRunsToTheEndOfThePeriod_data() { TestDatabase::addBackendRows(); }
    void numberOptionRunsToTheEndOfThePeriod()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        exec(db.connection(), QStringLiteral("UPDATE numbers SET fax = 1, sms = 1"));
        const QString number = QStringLiteral("+12125550142");
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        const Money before = SubscriptionService::monthlyPrice(service.state().value(), true);

        auto removed = service.confirm({{Action::RemoveOption, QStringLiteral("fax"), number, 1}}, Payment{}, QStringLiteral("rf"), false);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        QCOMPARE(removed->chargedNow.minor(), qint64(0));
        QCOMPARE(removed->lines.first().effectiveOn, QDate(2026, 12, 1));
        QCOMPARE(removed->nextMonth.minor(), before.minor() - 395); // not billed next month
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT fax FROM numbers"))->toInt(), 1); // still on
        auto state = service.state();
        QVERIFY(state->number(number)->fax);
        QCOMPARE(state->number(number)->ending.value(QStringLiteral("fax")), QDate(2026, 11, 30));
        QCOMPARE(SubscriptionService::monthlyPrice(state.value(), false).minor(), before.minor()); // this month: still billed
        // Removing it twice is refused; the other option is untouched.
        QCOMPARE(service.review({{Action::RemoveOption, QStringLiteral("fax"), number, 1}}).errorKind(), Error::Kind::Conflict);
        QVERIFY(!state->number(number)->isEnding(QStringLiteral("sms")));

        // On the last day it still works; the day after it is off, even before anything is written.
        QVERIFY(SubscriptionService(db.connection(), account, AccessRole::Owner, at(QDate(2026, 11, 30))).state()->number(number)->fax);
        SubscriptionService december(db.connection(), account, AccessRole::Owner, at(QDate(2026, 12, 1)));
        QVERIFY(!december.state()->number(number)->fax);
        QVERIFY(december.state()->hasDueChanges());
        QCOMPARE(december.applyDueChanges().value(), 2); // the column and the ending row
        QVERIFY(!december.state()->hasDueChanges());
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT fax FROM numbers"))->toInt(), 0);
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT sms FROM numbers"))->toInt(), 1);
        QCOMPARE(december.applyDueChanges().value(), 0);

        // SMS unsubscribed, then taken back before the end: nothing charged, it simply runs on.
        QVERIFY(service.confirm({{Action::RemoveOption, QStringLiteral("sms"), number, 1}}, Payment{}, QStringLiteral("rs"), false).ok());
        QVERIFY(service.state()->number(number)->isEnding(QStringLiteral("sms")));
        auto back = service.confirm({{Action::AddOption, QStringLiteral("sms"), number, 1}}, Payment{}, QStringLiteral("as"), false);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->chargedNow.minor(), qint64(0));
        QVERIFY(!service.state()->number(number)->isEnding(QStringLiteral("sms")));
        QCOMPARE(SubscriptionService(db.connection(), account, AccessRole::Owner, at(QDate(2026, 12, 2))).applyDueChanges().value(), 0);
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT sms FROM numbers"))->toInt(), 1);
    }

    void extensionsAddAndRemove_data() { TestDatabase::addBackendRows(); }
    void extensionsAddAndRemove()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        auto added = service.addExtension(QStringLiteral(" 102 "), QStringLiteral("Reception"), QStringLiteral("desk-phone"));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(service.state()->extensions.size(), 1);
        QCOMPARE(service.state()->extensions.first().extension, QStringLiteral("102"));
        QCOMPARE(service.state()->extensions.first().deviceCode, QStringLiteral("desk-phone"));
        QVERIFY(service.addExtension(QStringLiteral("103"), {}, {}).ok()); // no device yet
        // Refusals: nothing written.
        QCOMPARE(service.addExtension(QStringLiteral("102"), {}, {}).errorKind(), Error::Kind::InvalidInput);          // taken
        QCOMPARE(service.addExtension(QStringLiteral("1"), {}, {}).errorKind(), Error::Kind::InvalidInput);            // too short
        QCOMPARE(service.addExtension(QStringLiteral("12a"), {}, {}).errorKind(), Error::Kind::InvalidInput);          // not digits
        QCOMPARE(service.addExtension(QStringLiteral("104"), {}, QStringLiteral("fax")).errorKind(), Error::Kind::InvalidInput); // not a device
        QCOMPARE(SubscriptionService(db.connection(), account, AccessRole::Employee, kNov23)
                     .addExtension(QStringLiteral("105"), {}, {}).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(count(db.connection(), QStringLiteral("extensions")), 2);

        const SubscriptionService::Extension first = service.state()->extensions.first();
        QCOMPARE(SubscriptionService(db.connection(), account, AccessRole::Employee, kNov23)
                     .removeExtension(first.id, first.version).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(service.removeExtension(first.id, first.version + 1).errorKind(), Error::Kind::Conflict); // stale
        QVERIFY(service.removeExtension(first.id, first.version).ok());
        QCOMPARE(service.state()->extensions.size(), 1);
        QCOMPARE(service.state()->extensions.first().extension, QStringLiteral("103"));
    }

    void prepaidFundsMustCoverTheCharge_data() { TestDatabase::addBackendRows(); }
    void prepaidFundsMustCoverTheCharge()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("prepaid"), 1000); // $10 < $16.40
        OfflinePaymentGateway gateway;
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23, &gateway);
        const QList<Change> changes{{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}};
        auto refused = service.confirm(changes, Payment{}, QStringLiteral("p"), false);
        QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("$16.40")));
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 0);
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_items")), 1);
        // Paying by the saved card works: a card deposit and the charge, the balance unchanged.
        Payment card;
        card.method = Payment::Method::SavedCard;
        card.paymentMethodId = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM payment_methods"))->toLongLong();
        auto paid = service.confirm(changes, card, QStringLiteral("p2"), false);
        QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
        QCOMPARE(balanceOf(db.connection(), account), qint64(1000));
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT amount_minor FROM ledger_transactions WHERE method = 'card' AND "
                                                             "request_id = 'p2#payment'"))->toLongLong(),
                 qint64(1640));
        QCOMPARE(gateway.chargesMade(), 1); // the card was charged through the gateway
    }

    // A card payment is a deposit: an Ontario account pays HST on it (13 %), as with Add Funds; the
    // deposit and its tax line are written with the change, the review prices the card the same way,
    // and the balance is as before.
    void canadianCardPaymentCarriesTheTaxes_data() { TestDatabase::addBackendRows(); }
    void canadianCardPaymentCarriesTheTaxes()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("prepaid"), 1000);
        QVERIFY(Sql::exec(db.connection(), QStringLiteral("INSERT INTO tax_profiles (account_id, province) VALUES (?, 'ON')"), {account.id}).ok());
        OfflinePaymentGateway gateway;
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23, &gateway);
        const QList<Change> changes{{Action::AddOption, QStringLiteral("crm-integration"), {}, 1}};
        auto review = service.review(changes);
        QVERIFY(review.ok());
        QCOMPARE(review->chargedNow.minor(), qint64(1640));
        auto quote = service.cardQuote(review.value());
        QVERIFY2(quote.ok(), qPrintable(quote.errorMessage()));
        QCOMPARE(quote->taxes.size(), 1);
        QCOMPARE(quote->taxes.first().code, QStringLiteral("HST"));
        QCOMPARE(quote->taxes.first().amount.minor(), qint64(213)); // 13 % of $16.40 = $2.132
        QCOMPARE(quote->charged.minor(), qint64(1853));

        Payment card;
        card.method = Payment::Method::SavedCard;
        card.paymentMethodId = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM payment_methods"))->toLongLong();
        auto paid = service.confirm(changes, card, QStringLiteral("ca"), false);
        QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
        QCOMPARE(gateway.chargesMade(), 1);
        QCOMPARE(balanceOf(db.connection(), account), qint64(1000));
        const qint64 deposit = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM ledger_transactions WHERE request_id = 'ca#payment'"))
                                   ->toLongLong();
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT amount_minor FROM ledger_transactions WHERE id = ?"), {deposit})->toLongLong(),
                 qint64(1853));
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT amount_minor FROM ledger_transactions WHERE parent_id = ? AND kind = 'tax'"),
                             {deposit})
                     ->toLongLong(),
                 qint64(-213));
    }

    void extensionSettings_data() { TestDatabase::addBackendRows(); }
    void extensionSettings()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        exec(db.connection(), QStringLiteral("INSERT INTO extensions (account_id, extension, name) VALUES (?, '101', 'Dana')"), {account.id});
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        SubscriptionService::Extension extension = service.state()->extensions.value(0);
        extension.privateNumber = QStringLiteral("+1 917 555 0123");
        extension.authMethod = QStringLiteral("caller-id");
        extension.firstAction = QStringLiteral("voicemail");
        extension.callScreening = true;
        QVERIFY(service.saveExtensionSettings(extension).ok());
        const auto saved = service.state()->extensions.value(0);
        QCOMPARE(saved.privateNumber, QStringLiteral("+19175550123"));
        QCOMPARE(saved.authMethod, QStringLiteral("caller-id"));
        QVERIFY(saved.callScreening);
        // The old version is stale now.
        QCOMPARE(service.saveExtensionSettings(extension).errorKind(), Error::Kind::Conflict);
        extension = saved;
        extension.authMethod = QStringLiteral("retina");
        QCOMPARE(service.saveExtensionSettings(extension).errorKind(), Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionService)
#include "tst_subscriptionservice.moc"
