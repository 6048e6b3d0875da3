#pragma once

#include "reportquery.h"
#include "reportrepository.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QTextDocument>

#include <memory>

// The printable report: title, filters, totals, the table (groups, or the first calls) and a chart
// image. The same document is written to PDF (QPdfWriter) and sent to the printer by the GUI.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static constexpr int kMaxCallRows = 2000; // a PDF of millions of calls helps nobody: the CSV has them

    static Result<std::unique_ptr<QTextDocument>> build(const ReportRepository &repository, const ReportQuery &query,
                                                        const QImage &chart = QImage());
    // Letter in the US, A4 elsewhere, from the locale's measurement system.
    static Result<void> writePdf(const QString &path, const ReportRepository &repository, const ReportQuery &query,
                                 const QImage &chart = QImage());
    static QString filtersText(const ReportQuery &query);
};
