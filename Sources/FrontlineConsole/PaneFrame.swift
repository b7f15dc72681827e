import FrontlineScreen

/// Draws a pane's border and title, brighter when it has the focus, and returns the inside.
func drawPaneFrame(_ buffer: inout ScreenBuffer, _ rect: Rect, title: String, focused: Bool) -> Rect {
    buffer.drawBox(rect, title: title, role: focused ? .borderFocused : .border,
                   titleRole: focused ? .titleFocused : .title)
    return rect.inset(by: 1)
}
