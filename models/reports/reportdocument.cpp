#include "reportdocument.h"

#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
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

// Part of a longer piece of work: percent of this part mapped into [from, to] of the whole.
ReportDocument::Progress within(const ReportDocument::Progress &whole, int from, int to)
{
    if (!whole)
        return {};
    return [whole, from, to](int percent) { return whole(from + (to - from) * percent / 100); };
}

} // namespace

Error ReportDocument::cancelled()
{
    return invalidInput(tr("The export was cancelled; no file was written."));
}

QString ReportDocument::title(const Account &account)
{
    return tr("Call report — %1").arg(account.name);
}

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
                                                             const QImage &chart, const std::optional<ReportTotals> &knownTotals,
                                                             const Progress &progress)
{
    const auto goOn = [&progress](int percent) { return !progress || progress(percent); };
    const QLocale locale = Localization::locale();
    const QString currency = repository.account().currency;
    auto totals = knownTotals ? Result<ReportTotals>(*knownTotals) : repository.totals(query);
    if (!totals)
        return totals.error();
    if (!goOn(40))
        return cancelled();
    const auto money = [&](qint64 micro) { return Money::fromMicro(micro, currency).format(locale); };
    const auto minutes = [&](qint64 seconds) { return locale.toString(double(seconds) / 60.0, 'f', 1); };

    QString html = QStringLiteral("<html><body><h2>%1</h2><p>%2</p><p>%3</p>")
                       .arg(title(repository.account()).toHtmlEscaped(),
                            filtersText(query).toHtmlEscaped(),
                            tr("Calls: %1 · Minutes: %2 · Cost: %3")
                                .arg(locale.toString(totals->calls), minutes(totals->durationS),
                                     money(totals->chargeMicro))
                                .toHtmlEscaped());
    if (!chart.isNull())
        // Both sides given: off the GUI thread Qt's image handler does not keep the aspect ratio from
        // the width alone (the chart came out 1.5 times too tall).
        html += QStringLiteral("<p><img src=\"report-chart\" width=\"600\" height=\"%1\"></p>")
                    .arg(qRound(600.0 * chart.height() / std::max(1, chart.width())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    if (query.grouping != ReportQuery::Grouping::None) {
        auto groups = repository.groups(query);
        if (!groups)
            return groups.error();
        if (!goOn(80))
            return cancelled();
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
        if (!goOn(80))
            return cancelled();
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

Result<QByteArray> ReportDocument::pdf(QTextDocument &document, const QString &title, const Progress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    if (!writer.setPageSize(QPageSize(Localization::locale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                                              : QPageSize::A4)))
        return invalidInput(tr("Cannot set the page size of the PDF"));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LineDesk"));
    // As QTextDocument::print lays out a document without a page size (2 cm margins, the page number
    // at the bottom right), one page at a time so that the work can be followed and stopped. The
    // margins are kept outside the laid-out page here: frame margins would be scaled from screen to
    // PDF resolution by the layout.
    if (writer.pageLayout().margins(QPageLayout::Millimeter).isNull())
        writer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer))
        return invalidInput(tr("Cannot write the PDF"));
    const int dpiY = writer.logicalDpiY();
    const int margin = int((2 / 2.54) * dpiY);
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    const QSizeF body(writer.width() - 2 * margin, writer.height() - 2 * margin);
    document.setPageSize(body);
    const int pages = document.pageCount(); // lays the whole document out
    if (progress && !progress(30))
        return cancelled();
    const QFont numberFont(document.defaultFont());
    const qreal numberY = body.height() + margin + QFontMetrics(numberFont, &writer).ascent() + 5 * dpiY / 72.0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(margin, margin - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black); // not the system's text colour on white paper
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(numberFont);
        const QString number = QString::number(page + 1);
        painter.drawText(qRound(margin + body.width() - painter.fontMetrics().horizontalAdvance(number)), qRound(numberY), number);
        if (progress && !progress(30 + 70 * (page + 1) / pages))
            return cancelled();
    }
    if (!painter.end())
        return invalidInput(tr("Cannot write the PDF"));
    return buffer.data();
}

Result<void> ReportDocument::save(const QString &path, const QByteArray &pdf, const std::function<bool()> &beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (beforeCommit && !beforeCommit()) {
        file.cancelWriting();
        return cancelled();
    }
    if (!file.commit())
        return invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> ReportDocument::writePdf(const QString &path, const ReportRepository &repository, const ReportQuery &query,
                                      const QImage &chart, const std::optional<ReportTotals> &totals, const Progress &progress)
{
    auto document = build(repository, query, chart, totals, within(progress, 0, 50));
    if (!document)
        return document.error();
    const auto bytes = pdf(*document.value(), title(repository.account()), within(progress, 50, 100));
    if (!bytes)
        return bytes.error();
    return save(path, bytes.value());
}
