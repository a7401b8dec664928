MORE = []
