SPECS_B = []
