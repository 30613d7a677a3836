#pragma once

class QWidget;

// Bold text that keeps following the application's font. A style sheet's font-weight fixes the
// widget's whole font when it is set: Ctrl++ (larger text) then left that text at its old size.
namespace BoldText {
void apply(QWidget *widget, bool bold = true);
} // namespace BoldText
