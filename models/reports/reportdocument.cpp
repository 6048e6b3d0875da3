#include "reportdocument.h"

#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QUrl>

#include <climits>

namespace {

QString cell(const QString &text, bool right = false)
{
    return QStringLiteral("<td%1>%2</td>").arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
}

QString headerCell(const QString &text)
{
    return QStringLiteral("<th align=\"left\">%1</th>").arg(text.toHtmlEscaped());
}

} // namespace

QString ReportDocument::filtersText(const ReportQuery &query)
{
    const QLocale locale = Localization::locale();
    QStringList numbers;
    for (const QString &did : query.dids)
        numbers << PhoneNumber::displayForm(did);
    return tr("From %1 to %2 · Numbers: %3 · Call type: %4 · Grouped by: %5")
        .arg(locale.toString(query.from, QLocale::ShortFormat), locale.toString(query.to, QLocale::ShortFormat),
             numbers.isEmpty() ? tr("all") : numbers.join(QStringLiteral(", ")), ReportQuery::typeLabel(query.type),
             ReportQuery::groupingLabel(query.grouping));
}

Result<std::unique_ptr<QTextDocument>> ReportDocument::build(const ReportRepository &repository, const ReportQuery &query,
                                                             const QImage &chart)
{
    const QLocale locale = Localization::locale();
    const QString currency = repository.account().currency;
    auto totals = repository.totals(query);
    if (!totals)
        return totals.error();
    const auto money = [&](qint64 micro) { return Money::fromMicro(micro, currency).format(locale); };
    const auto minutes = [&](qint64 seconds) { return locale.toString(double(seconds) / 60.0, 'f', 1); };

    QString html = QStringLiteral("<html><body><h2>%1</h2><p>%2</p><p>%3</p>")
                       .arg(tr("Call report — %1").arg(repository.account().name).toHtmlEscaped(),
                            filtersText(query).toHtmlEscaped(),
                            tr("Calls: %1 · Minutes: %2 · Cost: %3")
                                .arg(locale.toString(totals->calls), minutes(totals->durationS),
                                     money(totals->chargeMicro))
                                .toHtmlEscaped());
    if (!chart.isNull())
        html += QStringLiteral("<p><img src=\"report-chart\" width=\"600\"></p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    if (query.grouping != ReportQuery::Grouping::None) {
        auto groups = repository.groups(query);
        if (!groups)
            return groups.error();
        html += headerCell(ReportQuery::groupingLabel(query.grouping)) + headerCell(tr("Calls")) + headerCell(tr("Minutes"))
                + headerCell(tr("Cost")) + QStringLiteral("</tr>");
        for (const ReportGroup &group : groups.value()) {
            QString key = group.key;
            if (query.grouping == ReportQuery::Grouping::Day)
                key = locale.toString(QDate::fromString(group.key, Qt::ISODate), QLocale::ShortFormat);
            else if (query.grouping == ReportQuery::Grouping::Did)
                key = PhoneNumber::displayForm(group.key);
            else
                key = QStringLiteral("%1:00").arg(group.key);
            html += QStringLiteral("<tr>") + cell(key) + cell(locale.toString(group.totals.calls), true)
                    + cell(minutes(group.totals.durationS), true) + cell(money(group.totals.chargeMicro), true)
                    + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    } else {
        auto calls = repository.page(query, ReportRepository::SortKey::StartedAt, Qt::AscendingOrder, std::nullopt, kMaxCallRows);
        if (!calls)
            return calls.error();
        html += headerCell(tr("Started")) + headerCell(tr("Number")) + headerCell(tr("Caller")) + headerCell(tr("Type"))
                + headerCell(tr("Duration")) + headerCell(tr("Charge")) + QStringLiteral("</tr>");
        const QTimeZone zone = repository.account().timeZone();
        for (const CallRecord &call : calls.value()) {
            html += QStringLiteral("<tr>") + cell(locale.toString(QDateTime::fromSecsSinceEpoch(call.startedAt, zone), QLocale::ShortFormat))
                    + cell(PhoneNumber::displayForm(call.did))
                    + cell(call.caller == QLatin1String("anonymous") ? tr("Anonymous") : PhoneNumber::displayForm(call.caller))
                    + cell(ReportQuery::dispositionLabel(call.disposition))
                    + cell(QStringLiteral("%1:%2").arg(call.durationS / 60).arg(call.durationS % 60, 2, 10, QLatin1Char('0')), true)
                    + cell(money(call.chargeMicro), true) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (totals->calls > calls->size()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("The first %1 of %2 calls are listed; export the report as CSV for all of them.")
                                                        .arg(locale.toString(calls->size()), locale.toString(totals->calls))
                                                        .toHtmlEscaped());
        }
    }
    html += QStringLiteral("</body></html>");

    auto document = std::make_unique<QTextDocument>();
    if (!chart.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report-chart")), chart);
    document->setHtml(html);
    return document;
}

Result<void> ReportDocument::writePdf(const QString &path, const ReportRepository &repository, const ReportQuery &query,
                                      const QImage &chart)
{
    auto document = build(repository, query, chart);
    if (!document)
        return document.error();
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(Localization::locale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                                              : QPageSize::A4)))
        return invalidInput(tr("Cannot set the page size of %1").arg(path));
    writer.setTitle(tr("Call report — %1").arg(repository.account().name));
    writer.setCreator(QStringLiteral("LineDesk"));
    document.value()->print(&writer);
    if (!QFileInfo::exists(path))
        return invalidInput(tr("Cannot write %1").arg(path));
    return {};
}
