"""Small-number suppression: a pure module, tested without a database."""

from volunteers.reports.suppression import SECONDARY, SMALL, suppress_grid, suppress_values


def test_a_group_of_four_is_shown_as_under_five():
    values, total = suppress_values([4])
    assert values == [SMALL]
    assert str(values[0]) == "<5"


def test_five_and_zero_stay_visible():
    values, total = suppress_values([5, 0, 12])
    assert values == [5, 0, 12]


def test_a_total_minus_the_one_visible_cell_would_give_the_hidden_one_so_a_second_is_hidden():
    # 3 + 9 = 12: with 12 and 9 visible, the 3 could be worked out.
    values, total = suppress_values([3, 9], total=12)
    assert values == [SMALL, SECONDARY]
    assert total == 12


def test_the_second_hidden_cell_is_the_smallest_visible_one():
    values, total = suppress_values([2, 40, 7, 0], total=49)
    assert values == [SMALL, 40, SECONDARY, 0]


def test_two_small_cells_need_no_second_suppression():
    values, total = suppress_values([2, 3, 20], total=25)
    assert values == [SMALL, SMALL, 20]


def test_a_total_under_five_is_hidden_with_its_cells():
    values, total = suppress_values([3, 0], total=3)
    assert values == [SMALL, 0]
    assert total == SMALL


def test_a_grid_with_row_and_column_totals_leaves_no_line_with_one_hidden_cell():
    grid = [
        [3, 10, 13],
        [8, 12, 20],
        [11, 22, 33],
    ]
    result = suppress_grid(grid, row_total=True, col_total=True)
    hidden = {
        (r, c) for r, row in enumerate(result) for c, v in enumerate(row) if v in (SMALL, SECONDARY)
    }
    assert (0, 0) in hidden
    lines = [[(r, c) for c in range(3)] for r in range(3)] + [
        [(r, c) for r in range(3)] for c in range(3)
    ]
    for line in lines:
        assert sum(1 for position in line if position in hidden) != 1, line


def test_without_totals_only_small_cells_are_hidden():
    assert suppress_grid([[1, 7], [0, 4]]) == [[SMALL, 7], [0, SMALL]]
