"""The Classroom screen."""
