"""The Qt user interface: widgets, actions and dialogs over the Qt-free core."""
