#pragma once

#include <QAbstractItemModelTester>

#include <memory>

// Every item model runs under QAbstractItemModelTester while a test fills, filters and changes it;
// a broken invariant fails the test (QtTest reporting).
inline std::unique_ptr<QAbstractItemModelTester> attachModelTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}
