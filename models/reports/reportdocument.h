#pragma once

#include "reportquery.h"
#include "reportrepository.h"
#include "reporttotals.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QTextDocument>

#include <functional>
#include <memory>
#include <optional>

// The printable report: title, filters, totals, the table (groups, or the first calls) and a chart
// image. The same document is written to PDF (QPdfWriter) and sent to the printer by the GUI.
// Nothing here touches a widget: the tab builds and writes it on a worker thread (ReportCalculator).
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static constexpr int kMaxCallRows = 2000; // a PDF of millions of calls helps nobody: the CSV has them

    // Told how far the work has come (0–100) between its steps and PDF pages; returning false stops
    // it: the result is then an error saying so, and no file is written.
    using Progress = std::function<bool(int percent)>;

    // totals: the report's totals when the caller has them already (the tab has summed them): they
    // are then not read again — on millions of calls that sum is most of the work.
    static Result<std::unique_ptr<QTextDocument>> build(const ReportRepository &repository, const ReportQuery &query,
                                                        const QImage &chart = QImage(),
                                                        const std::optional<ReportTotals> &totals = std::nullopt,
                                                        const Progress &progress = {});
    // The document as PDF bytes, laid out for the page as QTextDocument::print does (2 cm margins,
    // page numbers) one page at a time. Letter in the US, A4 elsewhere, from the locale's
    // measurement system. Lays the document out for the PDF's resolution.
    static Result<QByteArray> pdf(QTextDocument &document, const QString &title, const Progress &progress = {});
    // build() then pdf(), written to path through a QSaveFile: a failed or stopped export leaves no
    // file (and an older file of that name as it was).
    static Result<void> writePdf(const QString &path, const ReportRepository &repository, const ReportQuery &query,
                                 const QImage &chart = QImage(), const std::optional<ReportTotals> &totals = std::nullopt,
                                 const Progress &progress = {});
    // Writes finished PDF bytes to path through a QSaveFile. beforeCommit, when given, runs just before
    // the file replaces path and may still refuse it (returns false: nothing is written).
    static Result<void> save(const QString &path, const QByteArray &pdf, const std::function<bool()> &beforeCommit = {});
    static QString title(const Account &account);
    static QString filtersText(const ReportQuery &query);
    static Error cancelled();
};
