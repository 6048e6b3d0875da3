#pragma once

#include "subscription/subscriptionservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Private phone number settings of an office extension (seed 004): the private number, how the
// Virtual Assistant authenticates the caller, what it does first, and call screening.
class ExtensionSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ExtensionSettingsDialog(SubscriptionService::Extension extension, SubscriptionService *service, QWidget *parent = nullptr);

    void accept() override;

private:
    SubscriptionService::Extension m_extension;
    SubscriptionService *m_service;
    QLineEdit *m_privateNumber;
    QComboBox *m_auth;
    QComboBox *m_first;
    QCheckBox *m_screening;
    QLabel *m_error;
};
