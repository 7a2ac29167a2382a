"""Small input widgets the forms share."""
