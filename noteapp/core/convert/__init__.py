"""A note in other formats: HTML, HackMD's syntax and import, GitHub agendas."""
