#pragma once

#include "subscription/subscriptionservice.h"

#include <QDialog>

class QCheckBox;

// The pencil of a smart number (seed 004): fax, SMS and 911 switched on or off, each with its
// monthly price; Save turns the differences into subscription changes for the review.
class SmartNumberOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    SmartNumberOptionsDialog(const SubscriptionService::SmartNumber &number, const Catalogue &catalogue, QWidget *parent = nullptr);

    QList<SubscriptionService::Change> changes() const;

private:
    // On and billed next period too (not unsubscribed).
    bool renews(const QString &code) const;

    SubscriptionService::SmartNumber m_number;
    QList<QPair<QString, QCheckBox *>> m_boxes;
};
