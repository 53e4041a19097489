"""Le temps du droit : la prescription de chaque facture (`prescription.py`) et le jour où les
intérêts d'une créance civile commencent à courir, mise en demeure ou clause (`demeure.py`)."""
